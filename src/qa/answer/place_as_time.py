"""A where-question answered by a time or by a partner: "典礼在哪里举行" ↛ "今年八月十五日晚上" (`venue_phrase.py`
reads the span between 于/将于 and 举行 as the venue, and a sentence that prints no place there gives the time),
"峰会将在哪里举行" ↛ "与佐科维总统" (the
span after 在 and before 举行 names who with, in "在与佐科维总统举行的新闻发布会上"). The answer is a time
alone (a year, a month and day printed in figures or words, 今年, 昨天, a part of the day) or opens with 与: a time or a
partner, not a place, and the sentence most often tells another event ("decline:type", so another candidate may
still answer). A time before the venue ("二零二四年一月六日假座世纪海鲜酒家") still names the place, and stays."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_NUM = r"[\d〇○零一二三四五六七八九十廿卅]"
# a year ("二零二四年", "2013年"), a month and its day ("八月十五日", "9月10日"), a day named by its distance
# (今年, 昨天), a part of the day: an answer made of these alone is a time
_TIME = re.compile(rf"(?:{_NUM}{{2,4}}年|{_NUM}{{1,2}}月(?:{_NUM}{{1,3}}[日号])?|{_NUM}{{1,3}}[日号]"
                   r"|(?:今|去|明|前)年|(?:今|昨|明|前)天|(?:今|昨|明)[日晚早]|本月|上月|下月"
                   r"|上午|下午|中午|晚上|凌晨|早上|傍晚|晚间|当天|当晚|\s)+")


def place_as_time(info: QuestionInfo, best: Candidate) -> str:
    """"decline:type" when a where-question's answer is a time alone, or opens with 与."""
    if info.qtype != "where":
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    return "decline:type" if text.startswith("与") or _TIME.fullmatch(text) else ""
