"""A report's own place told by its level alone: "全省平均降雨量" in a 湖南 paper is 湖南's, "全市GDP" in 岳阳's
paper is 岳阳市's. Chinese local news name their place once and then say 全省, 全市, 我县, 本区; such a word is the
place asked, not a rival place or a rival modifier."""

from __future__ import annotations

import re

from ..lexicon import PROVINCES

# 全省 / 我省 / 本省 / 该省 …: the place of that level the report is about
_STAND_IN = re.compile(r"(?:全|我|本|该)(省|市|县|区|州)")


def _level(name: str) -> str:
    """The level a place name states ("岳阳市" → 市, "湖南" → 省); a bare 州 city (梧州) is a 市 too."""
    if name in PROVINCES or name.endswith("省"):
        return "省"
    return "市" if name.endswith("州") else name[-1:]


def stands_for(name: str, text: str) -> bool:
    """Whether text tells the place `name` by its level alone (全省 for 湖南, 全市 for 岳阳市)."""
    level = _level(name)
    return any(m.group(1) == level or (level == "市" and m.group(1) == "州") for m in _STAND_IN.finditer(text))


def stand_in(name: str) -> bool:
    """Whether a place as matched ends on a word for the report's own place (全区, 我县, 本市), no other one."""
    return _STAND_IN.fullmatch(name[-2:]) is not None
