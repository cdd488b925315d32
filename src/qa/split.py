"""Articles → Sentences: split paragraphs on sentence-final punctuation, keeping offsets and stable ids."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from typing import overload

import numpy as np

from .lexicon import CLOSERS, SENTENCE_END
from .types import Article, Paragraph, Sentence, make_sentence

# A sentence ends at its end marks (lexicon.SENTENCE_END) or "...", with any closing quotes or brackets after it.
_END = re.compile("(?:[" + re.escape(SENTENCE_END) + r"]+|\.{3,})[" + re.escape(CLOSERS) + "]*")


def split_text(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, whitespace trimmed, empty pieces dropped."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _spans(para: Paragraph) -> list[tuple[int, int]]:
    # Headlines, bylines and credits are one passage each, however they are punctuated.
    return split_text(para.text) if para.kind == "body" else [(0, len(para.text))]


def split_columns(articles: Sequence[Article]) -> list[np.ndarray]:
    """The sentence columns (article, paragraph, n, start, end) of `articles`, article numbers from 0."""
    cols: list[list[int]] = [[], [], [], [], []]
    for a, article in enumerate(articles):
        for p, para in enumerate(article.paragraphs):
            for n, (start, end) in enumerate(_spans(para)):
                for col, value in zip(cols, (a, p, n, start, end), strict=True):
                    col.append(value)
    return [np.asarray(c, dtype=np.int32) for c in cols]


_RECENT_ARTICLES = 32


class SentenceTable(Sequence[Sentence]):
    """Every sentence of the articles (headlines and bylines included, so they are searchable), in order.

    Kept as integer columns over the articles' paragraphs; a Sentence object is made only when one is asked
    for. A million sentences then cost tens of megabytes on top of the text, not hundreds."""

    def __init__(self, articles: Sequence[Article], columns: Sequence[np.ndarray] | None = None):
        """`columns` (article, paragraph, n, start, end; as `columns()` gives them) skips the splitting: a reload
        passes the unchanged files' columns of the previous table, shifted, with the new files' own."""
        self._articles = articles
        if columns is None:
            columns = split_columns(articles)
        self._article, self._para, self._n, self._start, self._end = (np.asarray(c, dtype=np.int32)
                                                                        for c in columns)
        # the sentences of the articles asked for last: one question reads its answer's article several times
        # (the text around it, the sentence after it, a pronoun's antecedent), and the next question often the same
        self._recent: dict[int, tuple[Sentence, ...]] = {}
        self._recent_lock = threading.Lock()
        self._bounds: np.ndarray | None = None  # each article's first row, and the end (`_rows`), made on first use

    def columns(self, lo: int, hi: int) -> list[np.ndarray]:
        """The columns of the sentences of articles lo..hi-1 (contiguous), article numbers counted from lo."""
        a, b = np.searchsorted(self._article, [lo, hi])
        cols = [c[a:b] for c in (self._article, self._para, self._n, self._start, self._end)]
        cols[0] = cols[0] - lo
        return cols

    def __len__(self) -> int:
        return len(self._n)

    @overload
    def __getitem__(self, i: int) -> Sentence: ...

    @overload
    def __getitem__(self, i: slice) -> list[Sentence]: ...

    def __getitem__(self, i: int | slice) -> Sentence | list[Sentence]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        # (.item(i): a Python int at once, not a numpy scalar to convert; ~0.5 µs of ~3 a Sentence)
        article = self._articles[self._article.item(i)]
        para = article.paragraphs[self._para.item(i)]
        start, end = self._start.item(i), self._end.item(i)
        return make_sentence(f"{article.id}:{para.index}:{self._n.item(i)}", article.id, para.index, para.kind,
                             para.text[start:end], start, end)

    def __iter__(self) -> Iterator[Sentence]:
        return (self[i] for i in range(len(self)))

    def take(self, rows: Sequence[int]) -> list[Sentence]:
        """The sentences at `rows`, as `[self[i] for i in rows]`: each column read once for all of them (one numpy
        take and tolist) rather than once a field a row — retrieval makes ~40 a question (retrieve.py)."""
        if not rows:
            return []
        at = np.asarray(rows, dtype=np.intp)
        articles = self._articles
        out = []
        for a, p, n, start, end in zip(self._article[at].tolist(), self._para[at].tolist(), self._n[at].tolist(),
                                       self._start[at].tolist(), self._end[at].tolist(), strict=True):
            article = articles[a]
            para = article.paragraphs[p]
            out.append(make_sentence(f"{article.id}:{para.index}:{n}", article.id, para.index, para.kind,
                                     para.text[start:end], start, end))
        return out

    def first_of(self, position: int, kind: str) -> Sentence | None:
        """The first sentence of a paragraph of `kind` in the article at `position`, made alone (an article's lead
        is read for many articles a question retrieves; making all their sentences cost more than the rest)."""
        lo, hi = self._rows(position)
        paragraphs = self._articles[position].paragraphs
        for i, p in enumerate(self._para[lo:hi].tolist(), lo):  # (one slice read, not a numpy call a row)
            if paragraphs[p].kind == kind:
                return self[i]
        return None

    def _rows(self, position: int) -> tuple[int, int]:
        """The rows (lo, hi) of the article at `position`'s sentences. Every article's first row is found at once
        on first use (one searchsorted over the column) and kept: a question reads the rows of ~15 articles it has
        not read before (their leads, same_article.py), each a numpy call of its own before. The needles have the
        column's own type: int64 ones would make numpy convert the whole int32 column to search it."""
        bounds = self._bounds
        if bounds is None:
            needles = np.arange(len(self._articles) + 1, dtype=self._article.dtype)
            bounds = self._bounds = np.searchsorted(self._article, needles)  # (an array: 0.8 MB at 1M sentences)
        return bounds.item(position), bounds.item(position + 1)

    def of_article(self, position: int) -> list[Sentence]:
        """The sentences of the article at `position` (they are contiguous)."""
        got = self._recent.get(position)
        if got is None:
            lo, hi = self._rows(position)
            got = tuple(self.take(range(lo, hi)))  # (each column read once, not five numpy calls a row)
            with self._recent_lock:
                self._recent[position] = got
                if len(self._recent) > _RECENT_ARTICLES:
                    del self._recent[next(iter(self._recent))]  # the oldest
        return list(got)  # a list of its own to each caller (the Sentences are frozen)
