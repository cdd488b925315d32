"""A figure or a time asked of one holiday, answered from a sentence about another.

"元旦假日期間三亞一日游游客有多少萬人次?" is not answered by "今年五一、国庆期间,日均接待游客达5万人次": a holiday the
question names (元旦, 春节, 国庆, 中秋…) sets the figure's period, and a sentence naming other holidays and not that one
gives theirs. Declined ("decline:date") when neither the sentence nor the text before it prints the holiday asked
and the sentence prints another.
"""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_HOLIDAYS = ("元旦", "春节", "除夕", "元宵", "清明", "五一", "劳动节", "端午", "七夕", "中秋", "重阳", "国庆", "圣诞",
             "复活节", "感恩节")


def other_holiday(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:date" when the question's holiday is not printed and another one is, in the answer's sentence."""
    asked = [h for h in _HOLIDAYS if h in info.text]
    if not asked:
        return ""
    f = best.sentence.folded
    if any(h in f or h in around.near for h in asked):
        return ""
    return "decline:date" if any(h in f for h in _HOLIDAYS) else ""
