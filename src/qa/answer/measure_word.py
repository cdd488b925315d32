"""A count asked in a measure word the unit list does not hold, answered in another unit.

"农产品批发价格200指数为多少点" answered with "25.2元" (a vegetable's price): the question counts in 点 (or
双, 串 …), which question.py does not take for its unit (they are not in lexicon.UNITS, where
they would glue to numbers that are times or verbs), so _wrong_unit let any unit pass. An answer that ends in a
unit of the list counts something else.
"""

from __future__ import annotations

import re

from ..lexicon import CN_DIGITS, UNIT_PATTERN
from ..types import Candidate
from .question import QuestionInfo

# measure words a count is asked in that lexicon.UNITS lacks (点: an index's points; 双: pairs; 对, couples, is a
# unit since the twentieth session and is read by policy._wrong_unit)
_OTHER_MEASURES = frozenset("点双串包袋瓶箱桶杯碗盒顿遍趟把根片幅轮圈")
_MAGNITUDES = frozenset(("万", "亿", "兆", "千", "百", "多万", "余万"))
_ENDS_IN_UNIT = re.compile(r"(?:\d|[" + CN_DIGITS + r"几多余])\s?(" + UNIT_PATTERN + r")$")


def other_measure_word(info: QuestionInfo, best: Candidate) -> str:
    """The question word is followed by one of those measure words ("多少|点", "多少|双") and the answer ends
    with a unit of the list that is not a bare magnitude ("25.2元", "一起"): "decline:unit"."""
    if info.qtype != "number" or info.unit or info.right[:1] not in _OTHER_MEASURES:
        return ""
    m = _ENDS_IN_UNIT.search(best.sentence.folded[best.start:best.end].strip())
    return "decline:unit" if m and m.group(1) not in _MAGNITUDES else ""
