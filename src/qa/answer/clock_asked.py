"""A clock time asked (几点), answered by a date or a year with no hour.

"中超第29轮的8场比赛几点统一开赛?" is not answered by "2023年10月29日", nor "活動當日幾點開始現場排隊候補?" by "2016年":
几点 asks the hour of the day, which a when-answer tells with 点, 时, 分, a clock (19:35) or a part of the day
(下午, 晚上); a day or a year alone is the date of an event, found in a sentence that never gives its hour. Declined
("decline:grain", as `month_asked.py` declines a month asked and another grain given). Read only for when-questions
(几点 also counts points: "提出了几点要求").
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_CLOCK_ASKED = re.compile(r"几点")
# what an hour is told with: 点, 时, 分, a clock, a part of the day
_HOUR = re.compile(r"点|时|分|钟|\d:\d|午|晚|早|夜|凌晨|傍|黄昏")


def date_for_clock(info: QuestionInfo, best: Candidate) -> str:
    """"decline:grain" when 几点 is asked and the answer tells no hour."""
    if info.qtype != "when" or not _CLOCK_ASKED.search(info.wh_word or info.text):
        return ""
    return "" if _HOUR.search(best.sentence.folded[best.start:best.end]) else "decline:grain"
