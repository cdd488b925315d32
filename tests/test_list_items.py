"""The items joined beside a span in a list (list_items.py)."""

from __future__ import annotations

from qa.answer.list_items import item_after, item_before, items_beside

# DRCD 1193-17-1, folded
_S = "南部沿海和济州岛的植被是亚热带常绿阔叶林,主要植物有山茶、狭叶栎、竹等。"


def test_the_items_on_either_side_of_a_listed_span():
    at = _S.index("狭叶栎")
    assert items_beside(_S, at, at + 3) == ("主要植物有山茶", "竹等")
    assert items_beside(_S, at, at + 3, edge="等|以及|及|和|与|[、,。]") == ("主要植物有山茶", "竹")


def test_no_joint_no_item():
    at = _S.index("植被")
    assert items_beside(_S, at, at + 2) == ("", "")


def test_the_longest_joint_and_at_most_most_characters():
    text = "出席者有甲公司以及乙公司的代表"
    at = text.index("乙")
    assert items_beside(text, at, at + 3) == ("出席者有甲公司", "")
    assert item_before(text, at - 2, most=3) == "甲公司"
    assert item_after(text, at, "的") == "乙公司"
