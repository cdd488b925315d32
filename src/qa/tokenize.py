"""Text → tokens: jieba with a user dictionary, byline names kept whole, numbers with units kept whole,
stopwords and punctuation dropped.

Retrieval uses jieba's search mode on both sides (passages and questions): a compound also yields its
dictionary sub-words, so "主持" finds "主持会议" (`qa eval` on the CMRC trial set, whose hit@k counts the
composer's evidence order: hit@1 0.694 → 0.698, hit@5 0.829 → 0.835). The composer and the conversation layer
work on plain words (`query_tokens`).

jieba's dictionary is process-wide (jieba.dt); it loads once, on first use.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

import jieba

from .config import Config, ConfigError
from .lexicon import KIND_WORDS, UNIT_PATTERN
from .normalize import fold

jieba.setLogLevel(logging.WARNING)

# Numbers keep their unit (lexicon.UNITS): "75.11万人次", "500公顷", "66%", "18个", "2024年", "10:30".
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*(?:\s?" + UNIT_PATTERN + ")?")


def _read_lines(path: Path) -> list[str]:
    try:
        return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read (named in the config's tokenizer section): {exc.strerror or exc}") \
            from None


class Tokenizer:
    """jieba, configured: user dictionary, stopwords, HMM on/off."""

    def __init__(self, config: Config):
        tcfg = config.tokenizer
        self.hmm = tcfg.hmm
        self.user_words: list[str] = []
        if tcfg.user_dict:
            for line in _read_lines(config.path(tcfg.user_dict)):
                parts = line.split()
                self.user_words.append(parts[0])
                freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
                tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
                jieba.add_word(fold(parts[0]), freq, tag)
        self.stopwords = frozenset(fold(w) for w in _read_lines(config.path(tcfg.stopwords))) if tcfg.stopwords \
            else frozenset()
        self.names: set[str] = set()

    def signature(self) -> str:
        """What changes tokenization, for index cache keys."""
        words = (",".join(sorted(w)) for w in (self.user_words, self.stopwords, self.names))
        # The rules in this module count too: a new unit or kind word must not reuse an index built without it.
        rules = [_NUMBER.pattern, repr(sorted(KIND_WORDS.items())), jieba.__version__]
        return "|".join(["search-mode", str(self.hmm), *words, *rules])

    def add_words(self, names: Iterable[str]) -> None:
        """Keep these (byline names) whole, tagged as person names."""
        for name in names:
            folded = fold(name)
            if folded and folded not in self.names:
                self.names.add(folded)
                jieba.add_word(folded, 2000, "nr")

    def cut(self, folded: str, search: bool = False) -> list[str]:
        """All tokens of already-folded text, numbers with units whole, nothing dropped; `search` adds the
        sub-words of compounds (jieba's search mode)."""
        lcut = jieba.lcut_for_search if search else jieba.lcut
        out: list[str] = []
        pos = 0
        for m in _NUMBER.finditer(folded):
            if m.start() > pos:
                out.extend(lcut(folded[pos:m.start()], HMM=self.hmm))
            out.append(m.group().replace(" ", ""))
            pos = m.end()
        if pos < len(folded):
            out.extend(lcut(folded[pos:], HMM=self.hmm))
        return out

    def tokens(self, folded: str, search: bool = False) -> list[str]:
        """Tokens of folded text: stopwords, punctuation and spaces dropped."""
        return [t for t in self.cut(folded, search) if t.strip() and t not in self.stopwords and _has_word(t)]

    def query_tokens(self, question: str) -> list[str]:
        """The question's words (plain mode), for the composer and the conversation layer."""
        return self.tokens(fold(question))

    def search_tokens(self, question: str, vocabulary=None) -> list[str]:
        """The question's retrieval tokens (search mode). With the index's `vocabulary`, a word the index has
        never seen — often jieba gluing an unknown name to its neighbour ("王浩是") — is replaced by the
        longest known pieces inside it ("王浩")."""
        tokens = self.tokens(fold(question), search=True)
        if vocabulary is None:
            return tokens
        out: list[str] = []
        for t in tokens:
            out.extend([t] if t in vocabulary or len(t) < 3 else self._known_pieces(t, vocabulary))
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
        import jieba.posseg  # imported on first use: it costs ~0.5 s of start-up

        return [(p.word, p.flag) for p in jieba.posseg.lcut(folded, HMM=self.hmm)]


def _has_word(token: str) -> bool:
    return any(c.isalnum() for c in token)
