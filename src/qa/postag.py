"""Part-of-speech tags of sentences: jieba.posseg's tags exactly, several times faster, each text tagged once.

API (the composer and the answer/ package call only this):

    tagger = PosTagger(pos_tokenizer, hmm=True)   # pos_tokenizer: the engine's own jieba.posseg.POSTokenizer
    PosTagger(pos_tokenizer, fast=False)          # the slow path (jieba's own code, no cache), for comparisons
    tagger.tag(folded)  -> tuple of (word, flag)  # == [(p.word, p.flag) for p in pos_tokenizer.lcut(folded, HMM=hmm)]
    tagger.stats()      -> {"texts": …, "hits": …, "misses": …, "hmm_blocks": …, "hmm_hits": …, "clauses": …}
    tagger.clear()      # drop the cached tags (also done by itself when the tokenizer's dictionary changes)
    slow_tag(pos_tokenizer, folded, hmm)          # the reference: jieba's own code path, nothing cached

`qa.tokenize.Tokenizer.pos_tokenizer()` is the POS tokenizer to pass.

Why it is fast, and why the tags are the same (tests/test_postag.py compares both paths on whole corpora):
- ~75% of jieba.posseg's time is its HMM (a Viterbi over 256 part-of-speech × BMES states, in pure Python), run
  on the runs of single characters the dictionary does not join. Here the same Viterbi runs with numpy on the
  same tables: the same additions in the same order ((V + transition) + emission, IEEE doubles), and the same
  tie-breaking as jieba's `max((prob, state))` (the greatest state among equal scores). Its result depends on
  the characters alone, not on the dictionary, so it is also memoized per run of characters.
- Everything else — the dictionary DAG and route, the tag table, user words — follows jieba's own code step for
  step: the tagger is a POSTokenizer subclass sharing the engine's tokenizer and tag table; its `tags` walks
  jieba's __cut_internal / __cut_DAG / __cut_detail with get_DAG and calc fused into one function, making
  (word, flag) tuples rather than pair objects and reading the tag table without ChainMap.get (~17% less time
  than jieba's own steps over the HMM memo, on the 18k CMRC and DRCD sentences and questions, identical tags).
- Each text's tags are kept in an LRU (compactly: word lengths and flags), so a sentence is tagged once however
  many questions retrieve it; and each clause's words and tags (a run of Chinese text between punctuation), so a
  clause another text holds too is not cut again (a fifth of the bench_ask stream's tagging). A word added to the
  dictionary (a byline name) empties both.
- What the caches of the CPU lose between questions is read from small tables (benchmarks/README.md, speed42): the
  DAG looks each position's character up in the dictionary's ~12k one-character entries, the Viterbi keeps the
  successor mask of each set of states it has met, and the last HOT_TEXTS texts' tags are kept unpacked.
Memory is bounded: TEXTS texts (~6 MB), HMM_BLOCKS runs (~10 MB), CLAUSES clauses (~7 MB), EXPECT_SETS masks (~6 MB),
HOT_TEXTS texts (~0.5 MB), the one-character table (~1 MB), and ~2.3 KB of arrays per distinct character the HMM
has seen (jieba's tables know ~6,600).

Measured (benchmarks/bench_ask.py, 200k sentences, 1,000 CMRC questions, answers identical on every question):
see README.md; on the CMRC trial sentences alone the tagger runs ~3.5× faster than jieba.posseg before any
cache hit (~14.9k → ~51.8k characters/s on a loaded machine).
"""

from __future__ import annotations

import threading
from collections import ChainMap, OrderedDict
from collections.abc import Callable
from functools import cache
from math import log

import jieba.posseg
import numpy as np
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg import re_eng as _ENG
from jieba.posseg import re_han_detail as _HAN_DETAIL
from jieba.posseg import re_han_internal as _HAN_INTERNAL
from jieba.posseg import re_num as _NUM
from jieba.posseg import re_skip_detail as _SKIP_DETAIL
from jieba.posseg import re_skip_internal as _SKIP_INTERNAL

_MIN_FLOAT = -3.14e100  # jieba's emission probability of a character a state never emits
TEXTS = 20_000  # texts whose tags are kept (~300 bytes each)
HMM_BLOCKS = 50_000  # runs of characters whose HMM cut is kept (~200 bytes each)
CLAUSES = 10_000  # clauses whose words and tags are kept (~650 bytes each, measured with tracemalloc)
HOT_TEXTS = 256  # texts whose tags are also kept unpacked (~2 KB each)
EXPECT_SETS = 10_000  # sets of HMM states whose successors are kept (~600 bytes each)

Tags = tuple[tuple[str, str], ...]


def slow_tag(pos_tokenizer: jieba.posseg.POSTokenizer, folded: str, hmm: bool = True) -> Tags:
    """jieba's tags, by jieba's own code (the reference the fast path must equal)."""
    return tuple((p.word, p.flag) for p in pos_tokenizer.lcut(folded, HMM=hmm))


class PosTagger:
    """Tags texts through `pos_tokenizer`'s dictionary and tag table, with the fast HMM and caches. Thread-safe."""

    def __init__(self, pos_tokenizer: jieba.posseg.POSTokenizer, hmm: bool = True, texts: int = TEXTS,
                 hmm_blocks: int = HMM_BLOCKS, fast: bool = True):
        self.base = pos_tokenizer
        self.hmm = hmm
        self.fast = fast
        self._fast = _FastPOSTokenizer(pos_tokenizer, hmm_blocks)
        self._texts: OrderedDict[str, tuple[bytes, tuple[str, ...]] | Tags] = OrderedDict()
        # the last texts' tags unpacked: a question tags the same few sentences again and again (its candidates'
        # rules, shape, the checks), ~1.7 calls a text, and unpacking them is most of what a hit costs
        self._hot: dict[str, Tags] = {}
        self._size = texts
        self._lock = threading.Lock()
        self._generation = self._dictionary_state()
        self._hits = self._misses = 0
        # tags made at index time (tag_store.py), read on a miss while the dictionary is the one they were made with
        self._store = None
        self._store_state: tuple | None = None

    def tag(self, folded: str) -> Tags:
        """(word, flag) pairs of the text, as jieba.posseg gives them."""
        if not self.fast:
            return slow_tag(self.base, folded, self.hmm)
        with self._lock:
            state = self._dictionary_state()
            if state != self._generation:
                self._texts.clear()
                self._hot.clear()
                self._fast.clauses.clear()  # their words follow the dictionary
                self._fast.chars = None
                self._generation = state
            stored = self._texts.get(folded)
            if stored is not None:
                self._texts.move_to_end(folded)
                self._hits += 1
                hot = self._hot.get(folded)
                if hot is None:
                    hot = self._keep_hot(folded, unpack(folded, stored))
                return hot
            self._misses += 1
            store = self._store if state == self._store_state else None
        tags = store.get(folded) if store is not None else None
        if tags is None:
            tags = self.untracked(folded)
        with self._lock:
            self._texts[folded] = pack(folded, tags)
            if len(self._texts) > self._size:
                self._texts.popitem(last=False)
            self._keep_hot(folded, tags)
        return tags

    def untracked(self, folded: str) -> Tags:
        """The text's tags, made now (no cache of texts read or filled: the tag store's build)."""
        if self.hmm:
            return tuple(self._fast.tags(folded))
        return tuple((p.word, p.flag) for p in self._fast.lcut(folded, HMM=False))

    def use_store(self, store) -> None:
        """Read `store` (a tag_store.TagStore, made through this tagger's dictionary as it is now; None: none)
        for the texts not cached, until a word is added to the dictionary."""
        with self._lock:
            self._store = store
            self._store_state = self._dictionary_state() if store is not None else None

    def reads(self, store) -> bool:
        """Whether `store` is the one attached and the dictionary is still the one it was made with (so what it
        holds for a text is what this tagger, and what is made from its tags, would give now)."""
        with self._lock:
            return store is not None and store is self._store and self._dictionary_state() == self._store_state

    def _keep_hot(self, folded: str, tags: Tags) -> Tags:
        """(called with the lock held)"""
        if len(self._hot) >= HOT_TEXTS:
            self._hot.clear()
        self._hot[folded] = tags
        return tags

    def clear(self) -> None:
        with self._lock:
            self._texts.clear()
            self._hot.clear()
            self._fast.memo.clear()
            self._fast.clauses.clear()
            self._fast.chars = None

    def stats(self) -> dict[str, int]:
        return {"texts": len(self._texts), "hits": self._hits, "misses": self._misses,
                "hmm_blocks": len(self._fast.memo), "hmm_hits": self._fast.memo_hits,
                "clauses": len(self._fast.clauses)}

    def _dictionary_state(self) -> tuple:
        """What changes when a word is added to the dictionary (jieba.add_word and friends)."""
        tok = self.base.tokenizer
        return (id(tok.FREQ), len(tok.FREQ), tok.total, id(self.base.word_tag_tab))


def pack(text: str, tags: Tags) -> tuple[bytes, tuple[str, ...]] | Tags:
    """Word lengths and flags when the words tile the text (always, for jieba) and are short; else the tags."""
    lengths = [len(w) for w, _ in tags]
    if max(lengths, default=0) > 255 or sum(lengths) != len(text):
        return tags
    return bytes(lengths), tuple(f for _, f in tags)


def unpack(text: str, stored: tuple[bytes, tuple[str, ...]] | Tags) -> Tags:
    if not stored or not isinstance(stored[0], bytes):
        return stored
    lengths, flags = stored
    out = []
    pos = 0
    for n, flag in zip(lengths, flags, strict=True):
        out.append((text[pos:pos + n], flag))
        pos += n
    return tuple(out)


class _FastPOSTokenizer(jieba.posseg.POSTokenizer):
    """A POSTokenizer over another one's dictionary and tag table, its HMM step memoized and in numpy.

    jieba calls the HMM step as `self.__cut(block)` (name-mangled to `_POSTokenizer__cut`), so overriding that
    one method here replaces it and nothing else."""

    def __init__(self, base: jieba.posseg.POSTokenizer, size: int):  # no super().__init__: it reads dict files
        self._base = base
        self.memo: dict[str, tuple[tuple[str, str], ...]] = {}
        self.memo_hits = 0
        self._memo_size = size
        # run of Chinese text (a clause, jieba's re_han_internal block) → its words and tags: clauses recur across
        # sentences (quoted names, set phrases, a paragraph's sentences retrieved with and without their context).
        # Unlike `memo` they depend on the dictionary: PosTagger empties them when it changes.
        self.clauses: dict[str, tuple[tuple[str, str], ...]] = {}
        self._clauses_size = CLAUSES
        # the dictionary's one-character entries (~12k of its ~500k): the DAG looks up every position's character
        # first, and a small table stays in the CPU's caches where the whole dictionary does not. Made from the
        # dictionary when first needed; PosTagger drops it when the dictionary changes, as it does `clauses`.
        self.chars: dict[str, int] | None = None

    # Read through to the engine's POS tokenizer, so words it adds later are seen here too.
    @property
    def tokenizer(self):
        return self._base.tokenizer

    @property
    def word_tag_tab(self):
        return self._base.word_tag_tab

    def makesure_userdict_loaded(self) -> None:
        self._base.makesure_userdict_loaded()

    def _POSTokenizer__cut(self, sentence: str):  # noqa: N802 (jieba's mangled name)
        for w, flag in self._hmm(sentence):
            yield jieba.posseg.pair(w, flag)

    def _hmm(self, sentence: str) -> tuple[tuple[str, str], ...]:
        """The HMM cut of a run of Chinese characters, memoized."""
        words = self.memo.get(sentence)
        if words is None:
            words = tuple(hmm_cut(sentence))
            if len(self.memo) >= self._memo_size:
                self.memo.clear()
            self.memo[sentence] = words
        else:
            self.memo_hits += 1
        return words

    # lcut(text, HMM=True) as (word, flag) tuples: jieba.posseg's __cut_internal, __cut_DAG (with jieba's get_DAG
    # and calc fused into it) and __cut_detail, step for step, without their generators and pair objects.

    def tags(self, sentence: str) -> list[tuple[str, str]]:
        self.makesure_userdict_loaded()
        self.tokenizer.check_initialized()
        table = self.word_tag_tab
        maps = table.maps if isinstance(table, ChainMap) else [table]
        tag: Callable[[str], str]
        if len(maps) == 1:
            first = maps[0].get
            tag = lambda word: first(word, "x")  # noqa: E731
        else:
            def tag(word: str) -> str:  # word_tag_tab.get(word, "x"), without ChainMap's slow get
                for m in maps:
                    if word in m:
                        return m[word]
                return "x"

        out: list[tuple[str, str]] = []
        # jieba tests each piece with re_han_internal.match; its split (one capturing group) alternates the text
        # between the runs and the runs, so the odd pieces are the runs
        for odd, blk in enumerate(_HAN_INTERNAL.split(sentence)):
            if odd & 1:
                words = self.clauses.get(blk)
                if words is None:
                    start = len(out)
                    self._dag(blk, tag, out)
                    if len(self.clauses) >= self._clauses_size:
                        self.clauses.clear()
                    self.clauses[blk] = tuple(out[start:])
                else:
                    out.extend(words)
            else:
                for x in _SKIP_INTERNAL.split(blk):
                    if _SKIP_INTERNAL.match(x):
                        out.append((x, "x"))
                    else:
                        other = "eng" if _ENG.match(x) else "x"  # sic: jieba tests the whole piece here
                        for xx in x:
                            out.append((xx, "m" if _NUM.match(xx) else other))
        return out

    def _dag(self, sentence: str, tag: Callable[[str], str], out: list[tuple[str, str]]) -> None:
        freq = self.tokenizer.FREQ
        chars = self.chars
        if chars is None:
            chars = self.chars = {w: f for w, f in freq.items() if len(w) == 1}
        n = len(sentence)
        route = best_route(sentence, freq, chars, log(self.tokenizer.total))
        # jieba.posseg's __cut_DAG: single characters are gathered and cut again by the HMM
        x = 0
        buf = ""
        while x < n:
            y = route[x] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    self._flush(buf, tag, out)
                    buf = ""
                out.append((word, tag(word)))
            x = y
        if buf:
            self._flush(buf, tag, out)

    def _flush(self, buf: str, tag: Callable[[str], str], out: list[tuple[str, str]]) -> None:
        if len(buf) == 1:
            out.append((buf, tag(buf)))
        elif not self.tokenizer.FREQ.get(buf):
            self._detail(buf, out)
        else:
            out.extend((c, tag(c)) for c in buf)

    def _detail(self, sentence: str, out: list[tuple[str, str]]) -> None:
        """jieba.posseg's __cut_detail."""
        for blk in _HAN_DETAIL.split(sentence):
            if _HAN_DETAIL.match(blk):
                out.extend(self._hmm(blk))
            else:
                for x in _SKIP_DETAIL.split(blk):
                    if x:
                        if _NUM.match(x):
                            out.append((x, "m"))
                        elif _ENG.match(x):
                            out.append((x, "eng"))
                        else:
                            out.append((x, "x"))


def hmm_cut(sentence: str) -> list[tuple[str, str]]:
    """jieba.posseg's HMM cut of a run of Chinese characters (POSTokenizer.__cut), on the fast Viterbi."""
    _, pos_list = viterbi(sentence)
    out = []
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append((sentence[begin:i + 1], pos_list[i][1]))
            nexti = i + 1
        elif pos == "S":
            out.append((char, pos_list[i][1]))
            nexti = i + 1
    if nexti < len(sentence):
        out.append((sentence[nexti:], pos_list[nexti][1]))
    return out


class _Tables:
    """jieba.posseg's HMM tables as arrays, states in ascending order (so ties resolve as jieba's max does)."""

    def __init__(self) -> None:
        self.states = sorted(set(trans_P) | set(start_P) | set(emit_P)
                             | {s for v in char_state_tab_P.values() for s in v})
        index = {s: i for i, s in enumerate(self.states)}
        n = len(self.states)
        self.index = index
        self.trans = np.full((n, n), -np.inf)  # jieba: trans_p[x].get(y, -inf)
        for y0, row in trans_P.items():
            for y, p in row.items():
                self.trans[index[y0], index[y]] = p
        self.follows = np.zeros((n, n), dtype=bool)  # y may follow y0 (jieba: y in trans_p[y0])
        for y0, row in trans_P.items():
            self.follows[index[y0], [index[y] for y in row]] = True
        self.has_next = np.array([bool(trans_P.get(s)) for s in self.states])
        self.start = np.array([start_P.get(s, np.nan) for s in self.states])
        self.all_states = np.zeros(n, dtype=bool)  # jieba's all_states: trans_p.keys()
        self.all_states[[index[s] for s in trans_P]] = True
        self.emitted: dict[str, list[tuple[int, float]]] = {}
        for s, row in emit_P.items():
            i = index[s]
            for c, p in row.items():
                self.emitted.setdefault(c, []).append((i, p))
        self._chars: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._expect: dict[bytes, np.ndarray] = {}  # a set of states (their indexes' bytes) → expect()
        self._lock = threading.Lock()

    def char(self, c: str) -> tuple[np.ndarray, np.ndarray]:
        """(states the character may take, emission log-probability of every state) — jieba's
        char_state_tab_P.get(c, all_states) and emit_p[y].get(c, MIN_FLOAT)."""
        got = self._chars.get(c)
        if got is None:
            st = char_state_tab_P.get(c)
            if st is None:
                mask = self.all_states.copy()
            else:
                mask = np.zeros(len(self.states), dtype=bool)
                mask[[self.index[s] for s in st]] = True
            emit = np.full(len(self.states), _MIN_FLOAT)
            for i, p in self.emitted.get(c, ()):
                emit[i] = p
            got = (mask, emit)
            with self._lock:
                self._chars[c] = got
        return got

    def expect(self, prev: np.ndarray) -> np.ndarray:
        """The states some state of `prev` may go to (jieba's prev_states_expect_next), as a mask. Kept per set
        of states: about half the steps of a stream of questions start from a set seen before, and the gather
        it saves reads len(prev) rows of `follows` (64 KB), which another question's work has evicted."""
        key = prev.tobytes()
        got = self._expect.get(key)
        if got is None:
            got = self.follows[prev].any(axis=0)
            with self._lock:
                if len(self._expect) >= EXPECT_SETS:
                    self._expect.clear()
                self._expect[key] = got
        return got


@cache
def _tables() -> _Tables:
    return _Tables()


def viterbi(obs: str) -> tuple[float, list[tuple[str, str]]]:
    """jieba.posseg.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P), the same result, with numpy."""
    tb = _tables()
    has_next, trans = tb.has_next, tb.trans
    mask, emit = tb.char(obs[0])
    cur = mask.nonzero()[0]
    v = tb.start[cur] + emit[cur]
    backs: list[tuple[np.ndarray, np.ndarray]] = []
    for t in range(1, len(obs)):
        mask, emit = tb.char(obs[t])
        keep = has_next[cur]
        prev, vprev = cur[keep], v[keep]
        if not len(prev):  # jieba's own code fails here (max of nothing): let it say so
            return jieba.posseg.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)
        expect = tb.expect(prev)
        nxt = (mask & expect).nonzero()[0]
        if not len(nxt):
            nxt = expect.nonzero()[0]
        scores = (vprev[:, None] + trans[prev[:, None], nxt]) + emit[nxt]
        # jieba keeps max((score, state)): among equal scores the greatest state, i.e. the last row here.
        best = len(prev) - 1 - scores[::-1].argmax(axis=0)
        v = scores.max(axis=0)  # (the scores at `best`: the same doubles)
        backs.append((nxt, prev[best]))
        cur = nxt
    last = len(cur) - 1 - int(v[::-1].argmax())
    prob, state = float(v[last]), int(cur[last])
    route = [0] * len(obs)
    route[-1] = state
    for i in range(len(obs) - 1, 0, -1):
        nxt, back = backs[i - 1]
        state = int(back[nxt.searchsorted(state)])
        route[i - 1] = state
    return prob, [tb.states[s] for s in route]


def best_route(sentence: str, freq: dict[str, int], chars: dict[str, int], logtotal: float) -> list[int]:
    """jieba's get_DAG and calc fused, walked from the end: the end of the word each position's best route takes.
    The dictionary words starting at each position are scored as they are found, log(freq) - logtotal + the route
    after them (jieba's own expressions, so the same doubles), so no DAG is built. A position no word starts at is
    its own word, weighted log(freq or 1) - logtotal as in jieba (its freq may be 0 or absent: log(1) = 0); words
    of frequency 0 are prefixes only. jieba's calc keeps max((score, end)) over the ends in ascending order: among
    equal scores the later one (>=). `chars`: the single characters' frequencies (`freq` itself will do)."""
    n = len(sentence)
    score: list[float] = [0.0] * (n + 1)
    route = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best_x = -1
        best = 0.0
        i = k
        f = first = chars.get(sentence[k])  # (freq.get of a single character)
        while f is not None:  # one lookup a fragment (jieba: `in`, then the value)
            if f:
                s = log(f) - logtotal + score[i + 1]
                if best_x < 0 or s >= best:
                    best, best_x = s, i
            i += 1
            if i == n:
                break
            f = freq.get(sentence[k:i + 1])
        if best_x < 0:
            best, best_x = log(first or 1) - logtotal + score[k + 1], k
        score[k], route[k] = best, best_x
    return route
