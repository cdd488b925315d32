"""A size asked, and the answer counts people or kinds.

"臺北港特定區有多大" ↛ "两人" (of "成了两人对唱"), "德國失去了多少面積的國土" ↛ "一種" (of
"對德國的一種羞辱"): an area, a length, a height or a distance is measured in its units (公顷, 平方公里, 公里, 米),
never counted in people, kinds, times or items. `policy._wrong_unit` reads the unit the question word carries
("多少吨"); this one the size the question asks by 多大, 多远, 多高 … or by the measured noun after 多少
("多少面积"), which the unit check does not read (`decline:unit`). 多大 asked of a person's age, a scale or a crowd
("规模有多大" may be answered "500人") is left alone.

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, main 5125b8a8): 2 answers to absent questions
declined, both wrong."""

from __future__ import annotations

import re

from ..lexicon import COUNT_NUMERALS
from ..types import Candidate
from .question import QuestionInfo

# a size asked: by its question word, or by the measured noun right after 多少 ("多少面积的国土")
_SIZE_ASKED = re.compile(r"多大|多远|多长|多高|多深|多宽|多少(?:面积|距离|长度|高度|深度|宽度)")
# what 多大 may ask besides a size: an age, a scale, a crowd's or a body's size, a chance, a difference
_NOT_A_SIZE = re.compile(r"年纪|年龄|岁|规模|人数|人口|队伍|影响|作用|力度|意义|可能|机会|难度|压力|"
                         r"差距|变化|区别|风险|代价|多长时间|多久")
# an answer counted in people, kinds, times or items: a numeral, then such a classifier closing the answer
_COUNTED = re.compile(rf"[\d{COUNT_NUMERALS}多]\s?(?:个|种|人|名|位|次|支|家|只|件|项|类|批)$")


def size_by_count(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when a size is asked and the answer counts people, kinds, times or items; "" otherwise."""
    if info.qtype != "number" or not _SIZE_ASKED.search(info.text) or _NOT_A_SIZE.search(info.text):
        return ""
    return "decline:unit" if _COUNTED.search(best.sentence.folded[best.start:best.end].strip()) else ""
