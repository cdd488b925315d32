"""A point in time is no length of time. "高句麗在直到滅亡前多久時間其首都都在長安城" ↔ "公元586年,高句麗平原王將
都城…遷至長安城,直至高句麗滅亡。歷時83年。": 公元586年 counts in 年 as a duration does, but names a year of the
calendar (公元, 西元, 民国 before it; a month and day; a year in figures opening its clause, "551年,…"); the next
sentence's 83年 is how long. A how-long question's answer is never such a point (the neighbours of the best sentence
are read for a length instead)."""

from __future__ import annotations

import re

from ..lexicon import DURATION_ASKED
from .question import QuestionInfo

_DURATION_ASKED = re.compile(DURATION_ASKED)
_POINT = re.compile(r"(?:公元前?|西元前?|民国|中华民国)\s?[\d一二三四五六七八九十〇零百千]+\s?年"
                    r"|\d{1,4}\s?年\s?\d{1,2}\s?月|\d{1,2}\s?月\s?\d{1,2}\s?[日号]")
# a year in figures opening its clause, a comma after it: "551年,百濟和新羅聯合唐朝開始攻打高句麗"
_OPENING_YEAR = re.compile(r"(?:^|(?<=[,，。;；:：]))\d{3,4}年(?=[,，])")
_BEFORE = 6  # characters before a span read for the calendar's word ("公元|586年")


def duration_asked(info: QuestionInfo) -> bool:
    """The question asks how long (多久, 多长时间)."""
    return info.qtype == "number" and _DURATION_ASKED.search(info.text) is not None


def point_for_length(info: QuestionInfo, folded: str, start: int, end: int) -> bool:
    """The question asks how long, and the span folded[start:end] is a point of the calendar: with the calendar's
    word before it, a month or day in it, or a year opening its clause."""
    if not duration_asked(info):
        return False
    lo = max(0, start - _BEFORE)
    if any(m.end() > start for m in _POINT.finditer(folded, lo, min(len(folded), end + 3)) if m.start() < end):
        return True
    opening = _OPENING_YEAR.match(folded, start)
    return opening is not None and opening.end() == end
