"""A month asked ("每年的几月", "哪个月", "什么月份") is answered by a month: "布里斯托国际热气球节举行于每年的几月" is
not answered by "1940年代" (a decade another sentence dates a car works by). `features.question_sides` reads the
grain only as a feature, which a lone candidate of another grain still wins with; an answer naming no month at all
(no 月, no season's month word) names another time than the one asked ("decline:grain")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the month asked by the question word (not 几月几日: a day asked is the day grain's; not 几个月, a duration)
_MONTH_ASKED = re.compile(r"(?:几|哪一?个?|什么)月(?:份)?(?![几\d一二三四五六七八九十]*[日号])")
_A_MONTH = re.compile(r"月|[春夏秋冬]")


def month_for_other(info: QuestionInfo, best: Candidate) -> str:
    """"decline:grain" when a when-question asks a month and the answer names none; "" otherwise."""
    if info.qtype != "when" or not _MONTH_ASKED.search(info.wh_word + info.right[:3]):
        return ""
    return "" if _A_MONTH.search(best.sentence.folded[best.start:best.end]) else "decline:grain"
