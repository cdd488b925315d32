"""A count asked ("联合会有多少会员") answered by a figure cut from an ordinal ("第二天" → 二天): the figure after
第 says which one, not how many ("decline:ordinal"). count_asked.ordinal_for_count reads a span that keeps the 第
and a question with its measure word; this reads the 第 right before the span, whatever the measure word.
"第几" (or 第 before the question word) asks the ordinal itself."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo


def ordinal_cut(info: QuestionInfo, best: Candidate) -> str:
    """"decline:ordinal" when a count is asked and the answer's figure follows 第 in its sentence."""
    if info.qtype != "number" or "第" in info.wh_word or "第" in info.left[-2:] or "第" in info.right[:1]:
        return ""
    folded = best.sentence.folded
    start = best.start + len(folded[best.start:best.end]) - len(folded[best.start:best.end].lstrip())
    return "decline:ordinal" if start > 0 and folded[start - 1] == "第" else ""
