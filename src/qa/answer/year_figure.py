"""The figure of the year asked. "2016年岳阳市GDP是多少亿元" ↔ "全市GDP迈上3000亿元台阶,由2012年的2199.9亿元增加到
2016年的3100.87亿元": a sentence giving the figures of several years prints each right after its year; the one after
the year asked answers, not a rounder figure the sentence opens with."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first

# the year, then at most a linking word, right before the figure: "2016年的", "2020年底", "2019年全年", "2018年达"
_AFTER_YEAR = r"年(?:的|底|末|全年|共|为|达到?|是|实现)?$"
_FIGURE = re.compile(r"^[\d.,，万亿千百十]+")


def figure_unit(c: Candidate) -> str:
    """The figure's unit ("3100.87亿元" → 亿元): "是1989年的4.4倍" is no count of the 人 asked."""
    return _FIGURE.sub("", c.text)


def folded_unit(c: Candidate) -> str:
    """The figure's unit read off the folded sentence, a bound before it aside ("約7萬1354票" → 票, as printed
    in traditional characters)."""
    return _FIGURE.sub("", c.sentence.folded[c.start:c.end].lstrip("约近逾超达"))


def _dated(c: Candidate, years: Sequence[str]) -> bool:
    before = c.sentence.folded[max(0, c.start - 8):c.start]
    return any(re.search(re.escape(y) + _AFTER_YEAR, before) for y in years)


def year_figure_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the figure printed right after the asked year moved to the front, when the best
    figure is not so dated and its sentence holds one of the same unit that is."""
    kept = list(kept)
    if info.qtype != "number" or not info.years or not kept or _dated(kept[0], info.years):
        return kept
    best = kept[0]
    return sibling_first(kept, lambda c: figure_unit(c) == figure_unit(best) and _dated(c, info.years))
