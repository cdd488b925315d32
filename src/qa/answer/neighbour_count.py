"""The noun a count asks after its question word, and which sentences may count it. "2025曲靖罗平花海马拉松有多少名|跑者
参加" ↔ the lead "2月23日上午,2025曲靖罗平花海马拉松鸣枪开跑。" (the question's words, no figure) and the next sentence
"随着发令枪响,1.5万名跑者如潮水般…": the composer reads the nearest sentences of the best one (`Composer._neighbours`)
only when no figure of the sentences holding the question agrees with the question, and there a count must count the
noun asked. A figure of another sentence that never prints that noun ("另一位参赛的…马奎说", its "一位") counts
something else: it agrees with the measure word (名 ↔ 位) only, so it does not stop the reading either (a noun
after a measure word only: "多少|金额的罚款" measures an amount, which "…罚款300美元" need not name).
A price asked by 钱 ("1亩地多少|钱") names no counted noun: a price is told in its currency ("1亩地28元"), never
beside the word 钱, so the nearest sentences are read without asking for it."""

from __future__ import annotations

from .calendar_point import duration_asked
from .question import QuestionInfo

_PRICE = "钱"  # "多少钱", "几块钱": what a price is paid in, told by its currency's unit


def counted_noun(info: QuestionInfo) -> str:
    """The first two characters of the noun a count asks after its question word ("多少名|代表出席" → 代表); "" for
    no count (a duration, a price, another type)."""
    if info.qtype != "number" or duration_asked(info):
        return ""
    noun = info.right.lstrip("的")[:2]
    return "" if noun.startswith(_PRICE) else noun


def may_count(info: QuestionInfo, folded: str) -> bool:
    """Whether a sentence (folded) may hold the count asked: it prints the noun counted, or none is asked. Only a
    noun after a measure word is counted ("多少名|跑者"); one after none is what the figure measures ("多少|金额的罚款"
    ↔ "300美元"), which a figure's sentence need not print."""
    noun = counted_noun(info) if info.unit else ""
    return not noun or noun in folded
