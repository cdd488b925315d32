"""Two shortcuts of the typed-span scan give what the long way gives:
- spans.Tags remembers a text's offsets: the same (start, end, word, flag) as counting them again;
- typed.py skips the number and time patterns that need an Arabic digit in a sentence without one: the flags
  beside the patterns are derived here from the patterns themselves (a pattern added, removed or moved
  without its flag fails), and the spans are those of every pattern run on real text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qa.answer import typed
from qa.answer.spans import Tags, offsets
from qa.normalize import fold
from qa.split import split_text

try:  # the parser behind re.compile (named sre_parse before Python 3.11)
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"


def _needs_digit(items) -> bool:  # type: ignore[no-untyped-def]
    """Every match of the parsed (sub)pattern consumes a \\d: some item of the sequence always does."""
    return any(_item_needs_digit(op, av) for op, av in items)


def _item_needs_digit(op, av) -> bool:  # type: ignore[no-untyped-def]
    if op is C.IN:  # a class that holds nothing but digits
        return len(av) == 1 and av[0] == (C.CATEGORY, C.CATEGORY_DIGIT)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return low >= 1 and _needs_digit(sub)
    if op is C.SUBPATTERN:
        return _needs_digit(av[-1])
    if op is C.BRANCH:
        return all(_needs_digit(branch) for branch in av[1])
    return False  # a literal, a look-around, a back reference: no digit of its own


def _derived(patterns: tuple[re.Pattern[str], ...]) -> tuple[bool, ...]:
    return tuple(_needs_digit(parser.parse(rx.pattern, rx.flags)) for rx in patterns)


def test_digit_flags_follow_the_patterns() -> None:
    assert typed._NUMBER_NEEDS_DIGIT == _derived(typed._NUMBER_RES)
    assert typed._TIME_NEEDS_DIGIT == _derived(typed._TIME_RES)
    # The analysis can tell both kinds apart (else the flags above would prove nothing).
    assert _derived((re.compile(r"\d+年|第\d"), re.compile(r"\d*年|[一二]年"))) == (True, False)


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    texts = [p["context"] for a in data["data"][:60] for p in a["paragraphs"]]
    out = [fold(t[a:b]) for t in texts for a, b in split_text(t)]
    # The same sentences with their digits dropped or written in Chinese: the patterns' other half.
    out += [re.sub(r"\d", "", s) for s in out] + [s.translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
                                                  for s in out]
    return out


def test_skipping_digit_patterns_finds_the_same_spans(sentences: list[str]) -> None:
    digitless = 0
    for s in sentences:
        every = [(m.start(), m.end()) for rx in typed._TIME_RES for m in rx.finditer(s)]
        digitless += not re.search(r"\d", s)
        kept = [(sp.start, sp.end) for sp in typed.times(s) if sp.rule == "time"]
        assert set(kept) <= set(every), s  # longest_spans and ranges drop some, but none is new
        for rx, needs in zip(typed._NUMBER_RES + typed._TIME_RES, typed._NUMBER_NEEDS_DIGIT
                             + typed._TIME_NEEDS_DIGIT, strict=True):
            if needs and not re.search(r"\d", s):
                assert rx.search(s) is None, (rx.pattern, s)
    assert digitless > 100


def test_tags_remember_their_offsets() -> None:
    pos = [("2024年", "m"), ("浙江", "ns"), ("的", "uj"), ("省会", "n")]
    tags = Tags(pos)
    assert tags == pos
    assert offsets(tags) == offsets(pos) == [(0, 5, "2024年", "m"), (5, 7, "浙江", "ns"), (7, 8, "的", "uj"),
                                              (8, 10, "省会", "n")]
    assert offsets(tags) is offsets(tags)  # counted once
    assert offsets(Tags()) == []
