"""A figure for this year is not a running total: "今年…活动为多少名职工拍摄了微笑照" is not answered by
"自2016年举办以来,…目前已经累计为数千名一线职工拍摄" — a total 累计 since a year gone by (自…以来) counts every year
up to now, so the one year asked is not told ("decline:cumulative"). A question asking the total (累计, 一共, 总共) or
asking no year, and a figure whose own clause says no 累计, are left as they were."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_start

_THIS_YEAR = re.compile(r"今年|当年|本年度?|这一年|年内")
_TOTAL_ASKED = re.compile(r"累计|一共|总共|共计|总计|合计|至今|以来")
_SENTENCE_MARKS = frozenset("。！？!?；;")  # (a comma does not end what 自…以来 governs)


def cumulative_for_year(best: Candidate, info: QuestionInfo) -> bool:
    """True when a count for this year is asked and the answer's sentence, up to it, counts a total 累计 since a
    year gone by (自…以来)."""
    if info.qtype != "number" or not _THIS_YEAR.search(info.text) or _TOTAL_ASKED.search(info.text):
        return False
    f = best.sentence.folded
    before = f[clause_start(f, best.start, _SENTENCE_MARKS):best.start]
    return "累计" in before and re.search(r"自[^,，。]{0,24}以来", before) is not None
