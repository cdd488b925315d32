"""A where-question answered by a time or by a partner: "典礼在哪里举行" ↛ "今年八月十五日晚上" (`venue_phrase.py`
reads the span between 于/将于 and 举行 as the venue, and a sentence that prints no place there gives the time),
"二零二四年一月六日假座世纪海鲜酒家隆重" (the date the venue is named after), "峰会将在哪里举行" ↛ "与佐科维总统" (the
span after 在 and before 举行 names who with, in "在与佐科维总统举行的新闻发布会上"). The answer opens with a date
(a year or a month and day printed in figures or words, 今年, 昨天) or with 与: it is a time or a partner first, not a
place, and the sentence most often tells another event ("decline:type", so another candidate may still answer).

Only the answer's opening is read: a place may hold a figure later (三号楼, 第二期城市广场) but opens with no date;
a place that opens like a month (五月花广场) is named by no day after it, and is not declined."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_NUM = r"[\d〇○零一二三四五六七八九十廿卅]"
# a year ("二零二四年", "2013年"), a month and its day ("八月十五日", "9月10日"), a day named by its distance
# (今年, 昨天), or 与 (a partner: "与佐科维总统")
_TIME_OR_PARTNER = re.compile(rf"(?:{_NUM}{{2,4}}年|{_NUM}{{1,2}}月{_NUM}{{1,3}}[日号]"
                              r"|(?:今|去|明|前)年|(?:今|昨|明|前)天|(?:今|昨|明)[日晚早]|本月|上月|下月|与)")


def place_as_time(info: QuestionInfo, best: Candidate) -> str:
    """"decline:type" when a where-question's answer opens with a date or a relative day, or with 与."""
    if info.qtype != "where":
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    return "decline:type" if _TIME_OR_PARTNER.match(text) else ""
