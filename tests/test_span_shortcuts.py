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
        assert set(kept) <= set(every), s  # longest_spans and ranges drop some, but none is new
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
