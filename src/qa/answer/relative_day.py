"""Another day of a forecast or a schedule: tomorrow for today, another weekday.

"今天我市最低气温预计是多少" answered from "明早天气清凉，市区最低气温约17度": the question asks today's figure, the
sentence gives tomorrow's. other_date reads days printed as dates (3月5日); a forecast or a schedule names its
days as 今天/明天 or by the weekday (周五), which it does not read.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# days named relative to the paper's (folded: simplified); "今(27)日" is the Taiwanese paper's today
_RELATIVE_DAYS = {
    "today": re.compile(r"今天|今日|今晨|今早|今晚|今夜|今\(\d{1,2}\)日"),
    "tomorrow": re.compile(r"明天|明日|明早|明晨|明晚|明\(\d{1,2}\)日"),
}
# (not 昨天: a report compares today's figure with yesterday's in one sentence, "阳性率为1.04%,而昨日为1.45%", and
# a question asks of 昨天 what the press release told as 今日: only a forecast sets today against tomorrow)
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")


def other_relative_day(info: QuestionInfo, best: Candidate) -> str:
    """The question names a day as today or tomorrow, or by its weekday, and the answer's sentence names the other
    (another weekday) and not the one asked ("decline:date")."""
    q, f = info.text, best.sentence.folded
    asked = {k for k, p in _RELATIVE_DAYS.items() if p.search(q)}
    if len(asked) == 1:
        told = {k for k, p in _RELATIVE_DAYS.items() if p.search(f)}
        if told and not told & asked:
            return "decline:date"
    days = {m.group(1).replace("天", "日") for m in _WEEKDAY.finditer(q)}
    if len(days) == 1:
        named = {m.group(1).replace("天", "日") for m in _WEEKDAY.finditer(f)}
        if named and not named & days:
            return "decline:date"
    return ""
