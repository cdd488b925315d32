"""The last item of an enumeration joined by 和 (及, 与) to the one before it is an item too
("经开区、沾益区、麒麟区和罗平县" lists four places): short.enumeration widens over it."""

from qa.answer.short import enumeration
from qa.normalize import fold


def _items(s: str, item: str) -> str:
    f = fold(s)
    a, b = enumeration(f, f.index(item), f.index(item) + len(item))
    return s[a:b]


def test_the_item_after_the_last_joint_is_listed():
    s = "省级老领导一行先后到曲靖经开区、沾益区、麒麟区和罗平县,深入产业园区"
    assert _items(s, "沾益区").endswith("麒麟区和罗平县")


def test_a_last_item_running_on_into_the_clause_is_still_cut():
    assert _items("民居、河道、青山与麦田相互映衬", "河道") == "民居、河道、青山与麦田"
    assert _items("民居、河道、青山相互映衬", "河道") == "民居、河道、青山"  # no joint: cut to the items' width
