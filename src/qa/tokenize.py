"""Text → tokens: jieba with a user dictionary, byline names kept whole, numbers with units kept whole,
stopwords and punctuation dropped.

Retrieval uses jieba's search mode on both sides (passages and questions): a compound also yields its
dictionary sub-words, so "主持" finds "主持会议" (`qa eval` on the CMRC trial set, whose hit@k counts the
composer's evidence order: hit@1 0.694 → 0.698, hit@5 0.829 → 0.835). The composer and the conversation layer
work on plain words (`query_tokens`).

Each Tokenizer has its own jieba.Tokenizer (and POSTokenizer): the words it adds never reach another engine
or jieba's process-wide default. jieba's main dictionary loads once per process, on first use, and is shared.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import hashlib
import importlib.metadata
import itertools
import logging
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from math import log
from pathlib import Path
from typing import Any

import jieba
from jieba import finalseg

from .config import Config, ConfigError
from .lexicon import KIND_WORDS, POSTS, SURNAMES, UNIT_PATTERN
from .normalize import fold, fold_cached
from .postag import best_route

jieba.setLogLevel(logging.WARNING)

# Numbers keep their unit (lexicon.UNITS): "75.11万人次", "500公顷", "66%", "18个", "2024年", "10:30".
_PIECES = 64  # texts whose cut each Tokenizer remembers

_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*(?:\s?" + UNIT_PATTERN + ")?")


def _read_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, stripped text) of every non-blank line; a file that cannot be read or is not UTF-8 is a
    ConfigError naming it (and the line of the first bad byte)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read (named in the config's tokenizer section): {exc.strerror or exc}") \
            from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f"{path}:{line}: not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") \
            from None
    return [(n, ln.strip()) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]


# A user-dictionary line, as jieba reads one: a word, an optional frequency (ASCII digits), an optional tag.
_USER_LINE = re.compile(r"(?P<word>\S+)(?:\s+(?P<freq>[0-9]+))?(?:\s+(?P<tag>[A-Za-z]+))?")


def _user_entries(path: Path) -> list[tuple[str, int | None, str | None]]:
    """(word, frequency or None, tag or None) of each line of a user dictionary."""
    out = []
    for n, line in _read_lines(path):
        m = _USER_LINE.fullmatch(line)
        if not m:
            raise ConfigError(f"{path}:{n}: {line!r} is not 'word [frequency] [tag]' "
                              "(a frequency is ASCII digits, a tag ASCII letters)")
        out.append((m["word"], int(m["freq"]) if m["freq"] else None, m["tag"]))
    return out


# ---------------------------------------------------------------- jieba, one instance per Tokenizer

_base_lock = threading.Lock()
_base: jieba.Tokenizer | None = None


def _main_dictionary() -> jieba.Tokenizer:
    """jieba's main dictionary, loaded once per process and never changed (no word is ever added to it): every
    Tokenizer starts from a copy of its prefix table. jieba's own globals (jieba.dt, jieba.posseg.dt) are not
    used, so nothing another engine or library adds to them reaches our tokens."""
    global _base
    with _base_lock:
        if _base is None:
            base = jieba.Tokenizer()
            base.initialize()
            _base = base
        return _base


def main_word_freq(word: str) -> int:
    """The word's frequency in jieba's main dictionary alone (0 when it is not a word there)."""
    return _main_dictionary().FREQ.get(word, 0)


@functools.cache
def _code_version() -> str:
    """A hash of the code that turns text into tokens (this module, folding) and OpenCC's version."""
    from . import normalize

    h = hashlib.sha256()
    for module in (sys.modules[__name__], normalize):
        h.update(Path(module.__file__ or "").read_bytes())
    try:
        h.update(importlib.metadata.version("opencc").encode())
    except importlib.metadata.PackageNotFoundError:
        pass
    return h.hexdigest()[:16]


def _pos_tags() -> dict[str, str]:
    """The main dictionary's part-of-speech tags (read-only; jieba.posseg loads them once, on import)."""
    import jieba.posseg  # imported on first use: it costs ~0.5 s of start-up

    return jieba.posseg.dt.word_tag_tab


# The levels whose dictionary names jieba often tags as a person's ("花莲县", "吴忠市", "钟祥市" are nr in its main
# dictionary, some 900 places of these levels): read as places. (Not 州, 镇: "朱祁镇", "王江州" are people's names.)
_PLACE_LEVELS = ("县", "市", "区", "省")


@functools.cache
def _place_retags() -> dict[str, str]:
    """The main dictionary's names of a county, city, district or province (three characters or more) tagged as a
    person's name, tagged a place (ns) instead: "花莲县长选举的投票率" then names a place the answer must be about."""
    return {w: "ns" for w, flag in _pos_tags().items()
            if flag in ("nr", "nrt", "nrfg") and len(w) >= 3 and w.endswith(_PLACE_LEVELS)}


def main_word_tag(word: str) -> str:
    """The word's part-of-speech tag in jieba's main dictionary ("" when it is not a word there)."""
    return _pos_tags().get(word, "")


class Tokenizer:
    """jieba, configured: user dictionary, stopwords, HMM on/off — with its own jieba.Tokenizer and
    POSTokenizer, so words added here (the user dictionary, byline names) change this tokenizer only."""

    def __init__(self, config: Config):
        tcfg = config.tokenizer
        self.hmm = tcfg.hmm
        base = _main_dictionary()
        self._jieba = jieba.Tokenizer()
        # A copy of the prefix table (~15 ms, ~15 MB) rather than a fresh dictionary load (~1 s, ~60 MB).
        self._jieba.FREQ, self._jieba.total, self._jieba.initialized = dict(base.FREQ), base.total, True
        self._tags: dict[str, str] = {}  # this tokenizer's own word → tag, in front of the main dictionary's
        self._pos: jieba.posseg.POSTokenizer | None = None
        self._pos_lock = threading.Lock()
        # The cuts of the last few texts (a question is cut for retrieval and again for the composer); emptied
        # whenever the dictionary changes.
        self._pieces = functools.lru_cache(maxsize=_PIECES)(self._cut_pieces)
        self.user_entries = _user_entries(config.path(tcfg.user_dict)) if tcfg.user_dict else []
        for word, freq, tag in self.user_entries:
            self._add(fold(word), freq, tag)
        self.stopwords = frozenset(fold(w) for _, w in _read_lines(config.path(tcfg.stopwords))) \
            if tcfg.stopwords else frozenset()
        self.names: set[str] = set()

    def _add(self, word: str, freq: int | None, tag: str | None) -> None:
        self._pieces.cache_clear()
        if freq == 0:  # jieba's "never join these characters"; its add_word would also change a global list
            self._jieba.FREQ[word] = 0
            for i in range(1, len(word)):
                self._jieba.FREQ.setdefault(word[:i], 0)
        else:
            self._jieba.add_word(word, freq)
        if tag:
            self._tags[word] = tag

    def freq(self, word: str) -> int:
        """The word's frequency in this tokenizer's dictionary (0 when it is not a word)."""
        return self._jieba.FREQ.get(word, 0)

    def signature(self) -> str:
        """What changes tokenization, for index cache keys."""
        entries = ",".join(f"{w} {f} {t}" for w, f, t in self.user_entries)  # in order: jieba's guessed
        words = (",".join(sorted(w)) for w in (self.stopwords, self.names))  # frequencies depend on it
        # The rules count too: a new unit or kind word, or any change to the code that cuts and folds, must not
        # reuse an index built without it.
        rules = [_NUMBER.pattern, repr(sorted(KIND_WORDS.items())), jieba.__version__, _code_version()]
        return "|".join(["search-mode", str(self.hmm), entries, *words, *rules])

    def add_words(self, names: Iterable[str]) -> None:
        """Keep these (byline names) whole, tagged as person names."""
        for name in names:
            folded = fold(name)
            if folded and folded not in self.names:
                self.names.add(folded)
                self._add(folded, 2000, "nr")

    @contextlib.contextmanager
    def scoped_names(self, names: Iterable[str]) -> Iterator[None]:
        """These byline names kept whole for the block only, then everything as it was. The index tokenizes each
        corpus file with its own names (segments.py), so a file's tokens never depend on the other files."""
        new = [w for w in dict.fromkeys(fold(n) for n in names) if w and w not in self.names]
        jt = self._jieba
        missing = object()
        freq: dict[str, Any] = {w[:i]: jt.FREQ.get(w[:i], missing) for w in new for i in range(1, len(w) + 1)}
        tags: dict[str, tuple[Any, Any]] = {w: (self._tags.get(w, missing), jt.user_word_tag_tab.get(w, missing))
                                            for w in new}
        total = jt.total
        self.add_words(new)
        try:
            yield
        finally:
            for w, f in freq.items():
                if f is missing:
                    jt.FREQ.pop(w, None)
                else:
                    jt.FREQ[w] = f
            for w, (mine, theirs) in tags.items():
                for table, old in ((self._tags, mine), (jt.user_word_tag_tab, theirs)):
                    if old is missing:
                        table.pop(w, None)
                    else:
                        table[w] = old
            jt.total = total
            self.names.difference_update(new)
            self._pieces.cache_clear()

    def cut(self, folded: str, search: bool = False) -> list[str]:
        """All tokens of already-folded text, numbers with units whole, nothing dropped; `search` adds the
        sub-words of compounds (jieba's search mode)."""
        out: list[str] = []
        for number, words in self._pieces(folded):
            out.extend(words if number or not search else _search_words(words, self._jieba.FREQ))
        return out

    def _cut_pieces(self, folded: str) -> tuple[tuple[bool, tuple[str, ...]], ...]:
        """(is a number, its plain-mode words) for each piece of the text: numbers with units whole, jieba on the
        text between them. Search mode is derived from these (as jieba derives it), so a question is cut once for
        retrieval and for the composer (`_pieces` remembers the last few)."""
        jt, hmm = self._jieba, self.hmm
        def lcut(text: str) -> list[str]:
            return jieba_cut(jt, text) if hmm else jt.lcut(text, HMM=False)

        out: list[tuple[bool, tuple[str, ...]]] = []
        pos = 0
        for m in _NUMBER.finditer(folded):
            if m.start() > pos:
                out.append((False, tuple(lcut(folded[pos:m.start()]))))
            out.append((True, (m.group().replace(" ", ""),)))
            pos = m.end()
        if pos < len(folded):
            out.append((False, tuple(lcut(folded[pos:]))))
        return tuple(out)

    def tokens(self, folded: str, search: bool = False) -> list[str]:
        """Tokens of folded text: stopwords, punctuation and spaces dropped. In search mode, a word the dictionary
        does not know that jieba's HMM glued to a conjunction or 作 after it ("部长|金汉伟及|县委办", "主席|熊春明作|
        工作报告") gives the word without it too (金汉伟, 熊春明), as a question names it."""
        out = [t for t in self.cut(folded, search) if t.strip() and t not in self.stopwords and _has_word(t)]
        if search:
            out += [t[:-1] for t in out if len(t) >= 3 and t[-1] in _GLUED_CONJUNCTIONS and not self.freq(t)
                    and not self.freq(t[-2:]) and (t[-1] != "作" or t[0] in SURNAMES)]
        return out

    def query_tokens(self, question: str) -> list[str]:
        """The question's words (plain mode), for the composer and the conversation layer."""
        return self.tokens(fold_cached(question))

    def search_tokens(self, question: str, vocabulary=None) -> list[str]:
        """The question's retrieval tokens (search mode). With the index's `vocabulary`, a word the index has
        never seen — often jieba gluing an unknown name to its neighbour ("王浩是") — is replaced by the
        longest known pieces inside it ("王浩"). Posts the question's cut hides are added (`_posts_after`)."""
        folded = fold_cached(question)
        tokens = self.tokens(folded, search=True)
        posts = self._posts_after(folded)
        # a post cut across two words is searched whole as well, as the papers print it ("省长王三运")
        tokens += [p for p in [p for _, p, across in posts if across] + _own_place_words(posts) if p not in tokens]
        if vocabulary is None:
            return tokens
        out: list[str] = []
        for t in tokens:
            out.extend([t] if t in vocabulary or len(t) < 3 else self._known_pieces(t, vocabulary))
        return out

    def _posts_after(self, folded: str) -> list[tuple[str, str, bool]]:
        """(word, post, cut across) for each two-character post right after a word of the question: one jieba cut
        whole ("东台市|市长") or one it cut across two words ("安徽省|长是|谁") — there only where the post's tail
        went into a word the dictionary does not know (jieba's HMM gluing 长 to 是) or stands alone, so
        "城市|长期以来" holds no 市长."""
        words = self.cut(folded)
        out: list[tuple[str, str, bool]] = []
        for word, tail, end in zip(words, words[1:], itertools.accumulate(len(w) for w in words), strict=False):
            if tail in _BOUNDARY_SET:
                out.append((word, tail, False))
            elif not self.freq(tail) or len(tail) == 1:
                out += [(word, p, True) for p in _POSTS_FROM.get(folded[end - 1], ()) if folded.startswith(p, end - 1)]
        return out

    def _known_pieces(self, token: str, vocabulary) -> list[str]:
        pieces, i = [], 0
        while i < len(token):
            j = next((j for j in range(len(token), i + 1, -1) if token[i:j] in vocabulary), i + 1)
            if j > i + 1 and token[i:j] not in self.stopwords:
                pieces.append(token[i:j])
            i = j
        return pieces

    def passage_tokens(self, folded: str, kind: str = "body") -> list[str]:
        return self.tokens(folded, search=True) + list(KIND_WORDS.get(kind, ()))

    def pos(self, folded: str) -> list[tuple[str, str]]:
        """(word, part-of-speech) pairs, for the composer's typed spans."""
        return [(p.word, p.flag) for p in self.pos_tokenizer().lcut(folded, HMM=self.hmm)]

    def pos_tokenizer(self) -> jieba.posseg.POSTokenizer:
        """This engine's own jieba POS tokenizer (made on first use), for `pos` and postag's fast path."""
        with self._pos_lock:
            if self._pos is None:
                import jieba.posseg

                # POSTokenizer() would re-read jieba's whole dictionary file for its tags; this one reads this
                # tokenizer's own tags first, then the shared main ones.
                pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
                pos.tokenizer = self._jieba
                pos.word_tag_tab = collections.ChainMap(self._tags, _place_retags(), _pos_tags())
                self._pos = pos
            return self._pos


def jieba_cut(jt: jieba.Tokenizer, text: str) -> list[str]:
    """jt.lcut(text, HMM=True), the same words, ~25 % less time on a question and ~35 % on a page's text (the
    index build is mostly jieba's cut): jieba's cut, __cut_DAG, get_DAG and calc step for step, with get_DAG and
    calc fused into one walk from the end (no DAG dict, no generator of tuples for max) and each run of
    unknown characters' HMM cut remembered (it depends on the characters alone; `_hmm_cut`).
    tests/test_jieba_cut.py compares the two on whole texts, with words added and removed."""
    jt.check_initialized()
    out: list[str] = []
    for blk in _HAN_DEFAULT.split(text):
        if not blk:
            continue
        if _HAN_DEFAULT.match(blk):
            _cut_dag(jt, blk, out)
        else:
            for x in _SKIP_DEFAULT.split(blk):
                if _SKIP_DEFAULT.match(x):
                    out.append(x)
                else:
                    out.extend(x)  # (each character a word, as jieba yields them)
    return out


_HAN_DEFAULT, _SKIP_DEFAULT = jieba.re_han_default, jieba.re_skip_default


def _cut_dag(jt: jieba.Tokenizer, sentence: str, out: list[str]) -> None:
    """jieba.Tokenizer.__cut_DAG: the route of postag.best_route (the tagger's own), then jieba's gathering."""
    freq = jt.FREQ
    n = len(sentence)
    route = best_route(sentence, freq, freq, log(jt.total))
    # single characters are gathered; a run the dictionary does not hold whole is cut by the HMM
    x = 0
    buf = ""
    while x < n:
        y = route[x] + 1
        if y - x == 1:
            buf += sentence[x]
        else:
            if buf:
                _flush(freq, buf, out)
                buf = ""
            out.append(sentence[x:y])
        x = y
    if buf:
        _flush(freq, buf, out)


def _flush(freq: dict[str, int], buf: str, out: list[str]) -> None:
    if len(buf) == 1:
        out.append(buf)
    elif not freq.get(buf):
        out.extend(_hmm_cut(buf))
    else:
        out.extend(buf)


_HMM_RUNS = 50_000  # runs of unknown characters whose HMM cut is remembered (~150 bytes each)
_hmm_runs: dict[str, tuple[str, ...]] = {}
_hmm_split_words: tuple[int, int] = (0, 0)  # (id, size) of finalseg's force-split set the runs were cut with


def _hmm_cut(buf: str) -> tuple[str, ...]:
    """finalseg.cut(buf): it reads the characters and finalseg's force-split words (jieba's del_word adds to
    them; when they change, the remembered runs are dropped)."""
    global _hmm_split_words
    state = (id(finalseg.Force_Split_Words), len(finalseg.Force_Split_Words))
    if state != _hmm_split_words:
        _hmm_runs.clear()
        _hmm_split_words = state
    got = _hmm_runs.get(buf)
    if got is None:
        got = tuple(finalseg.cut(buf))
        if len(_hmm_runs) >= _HMM_RUNS:
            _hmm_runs.clear()
        _hmm_runs[buf] = got
    return got


def _search_words(words: Iterable[str], freq: dict[str, int]) -> Iterator[str]:
    """jieba's search mode from its plain-mode words (jieba.Tokenizer.cut_for_search, the same steps): before
    each word longer than two characters, its two- and three-character sub-words that are dictionary words."""
    for w in words:
        if len(w) > 2:
            for i in range(len(w) - 1):
                gram2 = w[i:i + 2]
                if freq.get(gram2):
                    yield gram2
        if len(w) > 3:
            for i in range(len(w) - 2):
                gram3 = w[i:i + 3]
                if freq.get(gram3):
                    yield gram3
        yield w


# what jieba's HMM glues to an unknown name after it: a conjunction ("金汉伟及"), or 作 of 作报告 / 作讲话 / 作发言
# ("筹委会主席|熊春明作|工作报告", "书记|郭伟岚作|讲话"; 作为 and 作出 it cuts as words) — 作 only after a
# surname's word: a name, not any unknown word
_GLUED_CONJUNCTIONS = "及和与作"


def _own_place_words(posts: list[tuple[str, str, bool]]) -> list[str]:
    """The head of a province, city, county or district asked by its name ("东台市|市长", "安徽省|长"): that
    place's own paper prints the holder as 我市/本市's ("我市市委副书记、市长商建明"), so those words are searched
    as well."""
    out: list[str] = []
    for word, post, _ in posts:
        level = word[-1]
        if len(word) >= 3 and level in _OWN_LEVELS and post == level + "长":
            out += ["我" + level, "本" + level]
    return out


_OWN_LEVELS = "省市县区"

# The posts a place or body word's last character begins (安徽省|长, 东台市|长, 商务部|长): two characters.
_BOUNDARY_POSTS = tuple(p for p in POSTS if len(p) == 2)
_BOUNDARY_SET = frozenset(_BOUNDARY_POSTS)
# the posts by their first character, in _BOUNDARY_POSTS' order: a word's last character picks the few to try
_POSTS_FROM: dict[str, tuple[str, ...]] = {}
for _p in _BOUNDARY_POSTS:
    _POSTS_FROM[_p[0]] = _POSTS_FROM.get(_p[0], ()) + (_p,)


def _has_word(token: str) -> bool:
    return any(c.isalnum() for c in token)
