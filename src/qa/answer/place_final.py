"""A place's name ending with a character that is also a post modifier (固原, 太原, 中原: 原 "former"; 前 "former"):
"固原市委书记" asks the 市委书记 of 固原, not a former 市委书记, so the printed "市委书记马汉成" holds it.

people.holds reads what an asked post prints before the matched post ("固原" before 市委书记) and takes a modifier at
its end (原, 前) for the holder's tenure, which makes 固原's own party secretary a near miss and declines. A 原 or 前
that says "former" stands first ("原市委书记") or right after the owner's organ or level ("市委原书记", "广州市原市长");
one that ends a place's name stands after a character of that name, with the place's level carried by the post
("固原|市委书记", "宁夏固原|市长")."""

from __future__ import annotations

from ..lexicon import PROVINCES

_FINALS = frozenset("原前")  # modifiers that also end place names (固原, 太原, 中原, 五原, 平原)
_LEVEL_STARTS = frozenset("省市县区州盟旗")  # a post carrying its place's level: 市委书记, 县长, 州人大常委会主任
# an organ, a level or a modifier before 原 or 前: it says "former" (市委原书记)
_NOT_A_NAME = frozenset("省市县区州盟旗乡镇村委府会局部厅院署处所社团副总代")


def closes_place_name(before: str, post: str) -> bool:
    """`before` (what an asked or printed post says before `post`) ends with a place's two-character name whose
    last character is a post modifier (固原 of 固原|市委书记), optionally after a province (宁夏固原): no tenure."""
    if len(before) < 2 or before[-1] not in _FINALS or post[:1] not in _LEVEL_STARTS:
        return False
    name_start = before[-2]
    return name_start not in _NOT_A_NAME and '\u4e00' <= name_start <= '\u9fff' and (
        len(before) == 2 or before[:-2] in PROVINCES)
