"""Spans of a sentence and their bounds: the Span that every candidate generator returns, the words of a
tagged sentence with their offsets, every word-aligned span of a clause (`spans`, which the fitted features choose
among), clause bounds and trimming.

Everything works on the folded sentence (same length as the text as written), so the offsets found here quote
the corpus's own characters."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..lexicon import CLAUSE_END, LIGHT_CHARS, PUNCT, SPAN_BREAK, SPAN_EDGE_LIGHT, SPAN_OPEN_TRIM
from .question import SpanType

# The extractor that produced a span, kept on it so the debug view can say which one fired.
SpanRule = Literal["number", "time", "era", "time-range", "pos:nr", "byline-name", "place", "org", "quote", "term",
                   "marker", "expansion", "span", "title", "head", "rest", "named", "subject",
                   "ordinal", "url", "kin"]
Freq = Callable[[str], int]  # a word's frequency in the tokenizer's dictionary (Tokenizer.freq; 0 = unknown)


@dataclass(frozen=True)
class Span:
    """A candidate answer span in a sentence: [start, end) offsets, its type and the rule that found it."""

    start: int
    end: int
    type: SpanType
    rule: SpanRule

    def __init__(self, start: int, end: int, type: SpanType, rule: SpanRule) -> None:  # noqa: A002
        # The fields written to the instance dict: the frozen dataclass's own __init__ sets each through
        # object.__setattr__ (1.3 µs a Span against 0.65), and thousands of spans are made a question.
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["type"] = type
        d["rule"] = rule


def longest_common(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share (both short)."""
    best = 0
    size = len(a)
    for i in range(size):
        n = best + 1
        if i + n > size:
            break  # no longer run can start here or after
        while i + n <= size and a[i:i + n] in b:
            best = n
            n += 1
    return best


def occurrences(text: str, word: str, end: int | None = None) -> list[int]:
    """Where the non-empty `word` starts in text[:end], left to right, without overlaps: the starts of
    `re.finditer(re.escape(word), text[:end])`, found by str.find. A pattern made of a question's or a sentence's
    words per call churns re's cache of 512 (~0.2 ms to compile again each one it evicted)."""
    hi = len(text) if end is None else end
    out = []
    i = text.find(word, 0, hi)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word), hi)
    return out


def clauses(folded: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence, split at commas, semicolons and colons."""
    out, start = [], 0
    for i, ch in enumerate(folded):
        if ch in ",，;；:：。!！?？":
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(folded):
        out.append((start, len(folded)))
    return out


def clause_of(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause(s) around a span, from the clause holding its start to the one holding its end."""
    parts = clauses(folded)
    a = next((x for x, y in parts if x <= start < y), start)
    b = next((y for x, y in parts if x < end <= y), end)
    return trim(folded, min(a, start), max(b, end))


# Adverbs that stand between a subject and its copula ("喀喇汗国也是…", "都是95后"): they go with the copula.
COPULA_ADVERBS = "也还则都亦仍正又均皆才就"


def clause_start(folded: str, i: int, ends: frozenset[str] = CLAUSE_END) -> int:
    """Where the clause holding offset `i` begins: right after the last of `ends` before it, else 0."""
    if i < 0:
        return -1
    m = _marks(ends)[0].match(folded, 0, i)
    return m.end() if m else 0


def clause_end(folded: str, i: int, ends: frozenset[str] = CLAUSE_END) -> int:
    """Where the clause holding offset `i` ends: at the first of `ends` from it, else the text's end."""
    if i < 0:
        return -1
    m = _marks(ends)[1].search(folded, i)
    return m.start() if m else max(i, len(folded))


@functools.cache
def _marks(ends: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the text up to its last mark, a mark) as patterns of `ends`: the bounds found in C, not a Python step a
    character (the candidates' features read them for every span of a sentence)."""
    chars = re.escape("".join(sorted(ends)))
    return re.compile(f"(?s).*[{chars}]"), re.compile(f"[{chars}]")


# Where a told value ends: commas, stops, semicolons, colons; not 、, which a list of values holds.
VALUE_END = frozenset(",，。;；:：!！?？\n")
# Where a run of names or items ends: not at 、 nor at a colon, which "支流有:麦曲、桑曲" holds.
ITEMS_END = frozenset(",，。;；!！?？")
# Where the text before a figure's label ends: clause and list marks, quotes, a copula ("分别是|吉林(8.2%)").
LABEL_START = frozenset(",，。;；:：、!！?？)）“”是为")


def ends_clause(folded: str, start: int) -> tuple[int, int]:
    """The span from `start` to the end of its clause, trimmed ("分子式为|CHCONH。" → CHCONH): what a sentence
    tells after a word that introduces it. A bracket opened in it is kept whole ("无头土香(台湾一带)、无头香");
    one closed that it did not open ends it (the value was a gloss: "耶利米(希伯来文:|יִרְמְיָהוּ)是…")."""
    depth, i = 0, start
    while i < len(folded):
        ch = folded[i]
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if not depth:
                break
            depth -= 1
        elif ch in VALUE_END and not depth:
            break
        i += 1
    return trim(folded, start, i)


def trim(folded: str, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and light words at the edges of a span ("是杭州，" → "杭州")."""
    while start < end and (folded[start] in PUNCT or folded[start] in SPAN_OPEN_TRIM
                           or (folded[start] in COPULA_ADVERBS and folded[start + 1:start + 2] in ("是", "为"))):
        start += 1  # "都是95后…": an adverb before the copula goes with it
    while end > start and (folded[end - 1] in PUNCT or folded[end - 1] in LIGHT_CHARS):
        end -= 1
    # Keep a quoted term whole: "新时代“枫桥经验" → "新时代“枫桥经验”".
    opened = folded.rfind("“", start, end)
    if opened >= 0 and folded.find("”", opened, end) < 0 and folded[end:end + 1] == "”":
        end += 1
    return start, end


class Tags(list[tuple[str, str]]):
    """A text's (word, flag) pairs that remember their offsets: a tagged sentence's offsets are read by ~8
    generators (persons, places, times, terms, …), each of which used to count them again. Made for one
    `typed.extract` call, not kept (~3 KB of tuples a sentence), and never changed once made (the remembered
    offsets would not follow)."""

    __slots__ = ("words",)

    def __init__(self, pos: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(pos)
        self.words: list[tuple[int, int, str, str]] | None = None


def offsets(pos: Iterable[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, word, flag) for jieba's (word, flag) pairs, which tile the text (a list: every typed-span
    scan reads them, and a list is made faster than a generator is walked). For `Tags` the list is made once and
    shared: callers copy it before changing it."""
    if type(pos) is Tags:
        if pos.words is None:
            pos.words = _offsets(pos)
        return pos.words
    return _offsets(pos)


def _offsets(pos: Iterable[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    out = []
    i = 0
    for w, flag in pos:
        j = i + len(w)
        out.append((i, j, w, flag))
        i = j
    return out


def tag_runs(pos: Iterable[tuple[str, str]], keep: Callable[[str, str], bool], kind: SpanType) -> list[Span]:
    spans: list[Span] = []
    start, end = -1, -1
    for a, b, w, flag in offsets(pos):
        if keep(w, flag):
            if start < 0:
                start = a
            end = b
        elif start >= 0:
            spans.append(Span(start, end, kind, _RULE_OF[kind]))
            start = -1
    if start >= 0:
        spans.append(Span(start, end, kind, _RULE_OF[kind]))
    return spans


def longest_spans(spans: Iterable[Span]) -> list[Span]:
    """Drop spans inside a longer span of the same type; keep order of appearance (of two spans over the same
    characters, the first found: a set would make the choice depend on the hash seed)."""
    spans = sorted(dict.fromkeys(spans), key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for s in spans:
        if out and s.start >= out[-1].start and s.end <= out[-1].end:
            continue
        out.append(s)
    return out


_RULE_OF: dict[str, SpanRule] = {"place": "place", "term": "term"}


def spans(pos: Iterable[tuple[str, str]], max_chars: int = 20, max_words: int = 10) -> list[Span]:
    """Every word-aligned span of at most `max_chars` characters inside a clause that neither starts nor ends
    with punctuation or a light word. The ceiling of span answers lies here (the best such span of the top
    sentences is far better than any typed rule's); fitted features choose among them."""
    words = list(offsets(pos))
    out: list[Span] = []
    for i, (a, _b, w, _f) in enumerate(words):
        if _bad_edge(w):
            continue
        for j in range(i, min(len(words), i + max_words)):
            _a2, b2, w2, _f2 = words[j]
            if b2 - a > max_chars or any(c in SPAN_BREAK for c in w2):
                break
            if not _bad_edge(w2):
                out.append(Span(a, b2, "span", "span"))
    return out


def _bad_edge(word: str) -> bool:
    return not word.strip() or all(c in PUNCT for c in word) or word in SPAN_EDGE_LIGHT


def paired_others(spans: Sequence[Span], items: Sequence[str], question: str) -> list[Span]:
    """Of values paired in order with items ("A和B…分别…X和Y"), those of the items the question does not name: the
    one item sharing the longest run with the question (at least two characters, and no tie) is the one asked."""
    named = [longest_common(item, question) for item in items]
    best = max(named, default=0)
    if best < 2 or named.count(best) > 1:
        return []
    return [sp for sp, n in zip(spans, named, strict=True) if n != best]


def content_offsets(text: str, a: int = 0, b: int | None = None) -> list[int]:
    """The offsets of text[a:b]'s content characters: neither punctuation nor space."""
    return [i for i in range(a, len(text) if b is None else b) if text[i] not in PUNCT and not text[i].isspace()]


def char_bigrams(text: str) -> set[str]:
    """The text's character bigrams (what the echo rules compare a question and a clause by)."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


def echo_marks(text: str, asked: str) -> list[bool]:
    """Which characters of text stand in a character bigram that `asked` holds too (word-segmentation free)."""
    marks = [False] * len(text)
    for i in range(len(text) - 1):
        if text[i:i + 2] in asked:
            marks[i] = marks[i + 1] = True
    return marks


# the question words themselves: the sentence does not echo them
_WH = re.compile(r"哪[一两几]?[个位种家座所条项部本年句方些]?|什么|甚么|何[种者]?|为何|是谁|谁|多少|几")


def echoed(folded: str, question: str) -> list[bool]:
    """Which characters of the sentence stand in a character bigram the question holds (question words aside)."""
    return echo_marks(folded, _WH.sub("  ", question))
