"""A figure in words that the text glosses with its exact count in brackets right after it: "2016年埃德蒙頓城市地區的
人口是多少" ↔ "到2016年的九十三萬多人(932,546)" — the answer is shown with the count, "九十三萬多人(932,546)": the
round figure is the text's own reading of the count, the count what a reader asked for. Only a figure written with
no digits, rounded (a magnitude word: 萬, 千, 百, 億; or 多, 餘, 近), and a bracket holding digits alone, four or
more of them — "(2011年)", "(下同)" and a bracketed page or age are no count."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_ROUND = re.compile(r"[万千百亿多余近]")
_DIGIT = re.compile(r"\d")
_COUNT = re.compile(r"\s?[(（](?:\d{1,3}(?:,\d{3})+|\d{4,})[)）]")


def exact_figure(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The rounded figure widened over the exact count bracketed right after it; None otherwise."""
    if info.qtype != "number":
        return None
    f = best.sentence.folded
    shown = f[best.start:best.end]
    if _DIGIT.search(shown) or not _ROUND.search(shown):
        return None
    m = _COUNT.match(f, best.end)
    return best.narrowed(best.start, m.end(), "exact-figure") if m else None
