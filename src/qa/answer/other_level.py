"""A place asked by its administrative level ("是哪一个县的最高点", "出生于中国境内的哪一个省", "连接哈尔滨和哪个港口")
answered by a place of another level: "今淮安区" for a province, "黑龙江省" for a port. The answer names its own
level by its suffix (区, 省), and a place of one level is not the place of another: the sentence names something
else there (the province's city, the district the person was born in), and the answer is declined
("decline:level"). `kinds.py` only prefers a place of the kind asked; a lone candidate of another level still wins.

Only the unambiguous suffixes of a level (省, 县, 区, 镇, 乡, 村) are read: a name ending in 山, 江, 港 or 湾 may still
be a city or a province (中山, 黑龙江, 香港, 台湾). An answer that holds the level asked anywhere (a chain from the
larger down, "北京市怀柔区" for a city) names that place too, and a region at a province's level (自治区, 特别行政区)
is one of them."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the level a which-word asks, and the characters a place of that level ends with (or holds, in a chain)
_LEVELS = {"省": "省", "市": "市", "城市": "市城都京", "县": "县", "镇": "镇", "乡": "乡", "村": "村", "国家": "国",
           "港口": "港"}
_ASKED = re.compile(r"哪(?:一)?(?:个|座)?(城市|国家|港口|[省市县镇乡村])(?![长委级区民队公])")
# the suffixes that can only name a level (a region at a province's or a city's level excepted)
_OWN_LEVEL = re.compile(r"(?<!自治)(?<!行政)(?<!特)([省县区镇乡村])$")


def other_level(info: QuestionInfo, best: Candidate) -> str:
    """"decline:level" when the question asks one administrative level and the answer ends in another's suffix,
    holding none of the level asked."""
    asked = _ASKED.findall(info.text)
    if len(asked) != 1:
        return ""  # none, or two levels asked at once ("哪个省哪个县"): the answer may be a chain of both
    text = best.sentence.folded[best.start:best.end].strip()
    own = _OWN_LEVEL.search(text)
    if own is None or any(c in text for c in _LEVELS[asked[0]]):
        return ""
    return "decline:level"
