"""A count or a volume asked by its noun ("每天的訪問量有多少", "会员人数是多少") answered by a length of time
("一年" in "正式運行一年以來"): a noun ending in 量 or 数 counts things, and a figure of years, months, days or hours
is none of them ("decline:time-count"). A noun of time (天数, 年数, 时数) asks a time and is left alone."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the counted noun right before the question word, its verb between ("訪問量|有|多少", "人数|是|多少")
_COUNT_NOUN = re.compile(r"([^\W\d_]{0,3}?)(?:量|数|數|人口|总数|總數)(?:有|是|为|為|达|達|约|約|大概|共)?$")
_TIME_WORD = re.compile(r"[年月天日时時周週秒分]")
_TIME_SPAN = re.compile(r"(?:[\d.一二两兩三四五六七八九十百几幾半]+)\s?"
                        r"(?:年|个月|個月|月|天|日|小时|小時|分钟|分鐘|周|週|星期|秒)(?:多|半)?")


def time_for_count(info: QuestionInfo, best: Candidate) -> str:
    """"decline:time-count" when a count is asked by a noun of 量/数 and the answer is a length of time."""
    if info.qtype != "number" or info.unit or not info.wh_word.startswith(("多少", "几", "幾")):
        return ""
    m = _COUNT_NOUN.search(info.left)
    if m is None or _TIME_WORD.search(m.group(0)):
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    return "decline:time-count" if _TIME_SPAN.fullmatch(text) else ""
