"""Counting words that answer nothing: a span cut out of a count, and 亿万 as a figure of speech.

"欧阳玉靖8日拜访了哪个机构?" ↛ "…的14人代表团" read from 人: the span starts on the measure word of the numeral before
it (14|人代表团, 30|名區議員), a piece of "how many of what", not a name of the kind asked. "同心村共有多少户?" ↛
"亿万": 亿万 (亿万农民, 亿万人民) says "countless", no figure a reader can use. Both `decline:type` (another
candidate may still answer).

Found on the absent-paper protocol (tests/test_absent_pages.py: questions asked with their paper left out), where
these were 4 of 222 answers given; CMRC 2018 trial and DRCD: see the commit."""

from __future__ import annotations

from ..lexicon import COUNT_NUMERALS
from ..types import Candidate

_MEASURES = "名位个人家所座户"  # (of the folded text: 個 is 个)


def count_word(best: Candidate) -> str:
    """"decline:type" when a name-like answer starts on a count's measure word or a figure is 亿万; "" otherwise."""
    text, start = best.sentence.folded, best.start
    if best.type == "number":
        return "decline:type" if text.startswith("亿万", start) else ""
    if best.type in ("place", "org", "person") and start > 0 and text[start - 1] in COUNT_NUMERALS \
            and text[start] in _MEASURES:
        return "decline:type"
    return ""
