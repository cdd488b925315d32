"""Two shortcuts of the typed-span scan give what the long way gives:
- spans.Tags remembers a text's offsets: the same (start, end, word, flag) as counting them again;
- typed.py skips the number and time patterns whose need (regex_needs: a character, an Arabic digit) a sentence
  lacks: no skipped pattern matches real text, and the spans are those of every pattern run on it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qa.answer import typed
from qa.answer.spans import Tags, offsets
from qa.normalize import fold
from qa.split import split_text

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    texts = [p["context"] for a in data["data"][:60] for p in a["paragraphs"]]
    out = [fold(t[a:b]) for t in texts for a, b in split_text(t)]
    # The same sentences with their digits dropped or written in Chinese: the patterns' other half.
    out += [re.sub(r"\d", "", s) for s in out] + [s.translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
                                                  for s in out]
    return out


def test_skipping_patterns_finds_the_same_spans(sentences: list[str]) -> None:
    skipped = 0
    for s in sentences:
        every = [(m.start(), m.end()) for rx in typed._TIME_RES for m in rx.finditer(s)]
        kept = [(sp.start, sp.end) for sp in typed.times(s) if sp.rule == "time"]
        # longest_spans and ranges drop some, but none is new — save a year joined with its bracketed gloss
        # (typed._glossed_years: "天文15年(1546年)"), which starts where a pattern's span starts
        starts = {a for a, _ in every}
        assert all((a, b) in every or (a in starts and ("(" in s[a:b] or "（" in s[a:b])) for a, b in kept), s
        run = typed._NUMBER_SCANS.runnable(s) + typed._TIME_SCANS.runnable(s)
        for rx in typed._NUMBER_RES + typed._TIME_RES:
            if rx not in run:
                skipped += 1
                assert rx.search(s) is None, (rx.pattern, s)
    assert skipped > 10 * len(sentences)  # most patterns are skipped in most sentences


def test_every_pattern_needs_something() -> None:
    """Each number and time pattern needs a character or a digit (else it is scanned in every sentence)."""
    assert typed._NUMBER_SCANS.patterns == typed._NUMBER_RES and typed._TIME_SCANS.patterns == typed._TIME_RES
    assert all(typed._NUMBER_SCANS.needs) and all(typed._TIME_SCANS.needs)


def test_tags_remember_their_offsets() -> None:
    pos = [("2024年", "m"), ("浙江", "ns"), ("的", "uj"), ("省会", "n")]
    tags = Tags(pos)
    assert tags == pos
    assert offsets(tags) == offsets(pos) == [(0, 5, "2024年", "m"), (5, 7, "浙江", "ns"), (7, 8, "的", "uj"),
                                              (8, 10, "省会", "n")]
    assert offsets(tags) is offsets(tags)  # counted once
    assert offsets(Tags()) == []


def test_the_address_cue_is_searched_far_enough_back(sentences: list[str]) -> None:
    """typed._AT (the words before an address, anchored at the word) is searched in the _AT_WIDEST characters
    before a word: its longest match (read from the pattern), and the line end its $ may stand before, fit."""
    from re import _parser as parser  # type: ignore[attr-defined]

    assert parser.parse(typed._AT.pattern).getwidth()[1] + 1 <= typed._AT_WIDEST
    for s in sentences[:2000]:
        for a in range(len(s) + 1):
            far = typed._AT.search(s, max(0, a - typed._AT_WIDEST), a)
            assert (far is None) == (typed._AT.search(s, 0, a) is None), (s, a)


def test_quotes_are_scanned_only_where_one_opens() -> None:
    from qa.answer.regex_needs import need

    assert need(typed._QUOTES) == ((frozenset(typed._QUOTE_OPENS), False),)
    assert typed.quotes("他说“好的”") and typed.quotes("没有引号") == []
