"""What every match of a regular expression must consume, read from the pattern itself: a text without it cannot
match, so the scan can be skipped. `typed.times` and `typed.numbers` run ~30 patterns over every typed sentence,
and most patterns need a character most sentences lack (年, 月, 点, 届, an Arabic digit, …).

The need is read once, at import, from the parse tree re.compile itself uses (re._parser): exact by
construction, no hand-kept list to drift from the patterns. Where the parser is not there (another Python), or a
pattern holds something not read here, the pattern needs nothing and is always run."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

try:  # the parser behind re.compile (named sre_parse before Python 3.11)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _C = _P = None

# One clause: the match holds one of these characters, or (the flag) an Arabic digit (\d). A need is a tuple of
# clauses, every one of which a match meets; () needs nothing.
Clause = tuple[frozenset[str], bool]
Need = tuple[Clause, ...]
_WIDEST = 256  # a character class wider than this (a script's range) is no need worth testing

_DIGIT = re.compile(r"\d")


def need(rx: re.Pattern[str]) -> Need:
    """The clauses every match of `rx` meets (case-sensitive patterns only)."""
    if _P is None or rx.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    return tuple(_seq(_P.parse(rx.pattern, rx.flags)))


def met(nd: Need, chars: Collection[str], digit: bool) -> bool:
    """The text (its set of characters, and whether it holds an Arabic digit) meets every clause."""
    return all((d and digit) or not cs.isdisjoint(chars) for cs, d in nd)


def text_facts(text: str) -> tuple[set[str], bool]:
    """What `met` reads of a text: its characters, and whether one is an Arabic digit."""
    return set(text), _DIGIT.search(text) is not None


class NeedIndex:
    """Patterns scanned in turn over many texts: `runnable(text)` gives those whose need the text meets, in their
    order. Testing each need on each text costs about what the scans it saves, so the patterns are first picked by
    one clause each (the most telling: the fewest characters, a digit counted as many), looked up by the
    text's characters; only those are tested on the rest of their need."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self.needs = tuple(need(rx) for rx in self.patterns)
        self._always = self._digit = 0  # bit masks over the patterns
        self._by_char: dict[str, int] = {}
        for i, nd in enumerate(self.needs):
            if not nd:
                self._always |= 1 << i
                continue
            chars, digit = min(nd, key=lambda c: len(c[0]) + 10 * c[1])
            if digit:
                self._digit |= 1 << i
            for c in chars:
                self._by_char[c] = self._by_char.get(c, 0) | 1 << i
        # the characters any need names, found in a text by one scan (the text's own set costs more to make)
        named = sorted({c for nd in self.needs for cs, _d in nd for c in cs})
        self._named = re.compile("[" + "".join(re.escape(c) for c in named) + "]").findall if named else None

    def runnable(self, text: str) -> list[re.Pattern[str]]:
        chars = set(self._named(text)) if self._named is not None else set()  # the text's named characters
        digit = _DIGIT.search(text) is not None
        mask = self._always | (self._digit if digit else 0)
        for c in chars:
            mask |= self._by_char.get(c, 0)
        out = []
        while mask:  # the picked patterns, lowest bit (first pattern) first
            low = mask & -mask
            i = low.bit_length() - 1
            if met(self.needs[i], chars, digit):
                out.append(self.patterns[i])
            mask ^= low
        return out


def _seq(items: Any) -> list[Clause]:
    out: list[Clause] = []
    for op, av in items:
        out += _item(op, av)
    return out


def _item(op: Any, av: Any) -> list[Clause]:
    if op is _C.LITERAL:
        return [(frozenset(chr(av)), False)]
    if op is _C.IN:
        return _class(av)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _seq(sub) if low >= 1 else []
    if op is _C.SUBPATTERN:
        add_flags = av[1]
        return [] if add_flags & re.IGNORECASE else _seq(av[-1])
    if op is _C.BRANCH:
        alts = [_seq(branch) for branch in av[1]]
        if not all(alts):
            return []  # one way through needs nothing
        # each alternative's most telling clause, joined: a match meets one of them
        picks = [min(clauses, key=lambda c: (c[1], len(c[0]))) for clauses in alts]
        return [(frozenset().union(*(cs for cs, _d in picks)), any(d for _cs, d in picks))]
    return []  # a look-around, an anchor, a back reference, any character: no need of its own


def _class(av: Any) -> list[Clause]:
    chars: set[str] = set()
    digit = False
    for op, val in av:
        if op is _C.LITERAL:
            chars.add(chr(val))
        elif op is _C.RANGE and val[1] - val[0] < _WIDEST:
            chars.update(chr(c) for c in range(val[0], val[1] + 1))
        elif op is _C.CATEGORY and val is _C.CATEGORY_DIGIT:
            digit = True
        else:
            return []  # a negated class, a wide range, another category: no need
    return [(frozenset(chars), digit)] if chars or digit else []
