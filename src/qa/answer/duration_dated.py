"""A duration asked (多久, 多长时间, 多少年), answered by a date: a span of calendar years or a day of the month.

"作者第一次见到中文先驱报时到新西兰多久了?" is not answered by "1921至1972年" (the years four papers were
printed in), nor "首次領袖會談原定多長時間?" by "30日" out of "于30日在庆州…举行": how long something lasted is a
count of time units (三年, 40分钟), and the unit check takes 年 and 日 for such units. A span from one calendar year
to another (four-digit years joined by 至, 到, ~ or a dash) says when, not how long; a day after 于, 在 or a month
("于30日", "5月30日") is a date. Declined ("decline:unit").
"""

from __future__ import annotations

import re

from ..lexicon import DURATION_ASKED
from ..types import Candidate
from .question import QuestionInfo

_LENGTH_OF_TIME = re.compile(DURATION_ASKED + r"|多少年|几年")
_YEAR_SPAN = re.compile(r"\d{3,4}\s?年?\s?[至到~～—\-－]\s?\d{3,4}")
_DAY = re.compile(r"\d{1,2}\s?日")
_DATE_BEFORE = ("于", "在", "月")


def date_for_duration(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when a length of time is asked and the answer is a span of calendar years or a dated day."""
    if info.qtype != "number" or not _LENGTH_OF_TIME.search(info.text):
        return ""
    f = best.sentence.folded
    text = f[best.start:best.end].strip()
    if _YEAR_SPAN.search(text):
        return "decline:unit"
    if re.search(DURATION_ASKED, info.text) and _DAY.fullmatch(text) \
            and f[:best.start].rstrip().endswith(_DATE_BEFORE):
        return "decline:unit"
    return ""
