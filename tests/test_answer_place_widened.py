"""A where-answer's place widened over a common noun that names a thing of the place is cut back to the place
(place_widened.py)."""

from __future__ import annotations

from candidates import dict_tagger

from qa.answer.place_widened import widened_end
from qa.answer.question import analyze

# DRCD 1177-30: "中山粤菜的特色菜式有:石岐乳鸽、…" — 中山 is where the dishes are from, 粤菜 what they are
_DISHES = dict_tagger({"中山": "ns", "粤菜": "n", "的": "uj", "特色": "n", "菜式": "n", "有": "v"})
_TEXT = "中山粤菜的特色菜式有"


def test_a_place_widened_over_a_thing_of_it_is_cut_back():
    info = analyze("石岐乳鸽和白灼鱼皮都是哪边的特色菜色?")
    assert widened_end(info, "place", _DISHES(_TEXT), 0, 2, 4) == 2  # 中山, not 中山粤菜


def test_a_place_widened_over_a_building_part_or_a_name_is_kept():
    info = analyze("名车博览馆位于什么地方?")
    base = dict_tagger({"碧海蓝天": "nz", "基座": "n", "三层": "m"})  # CMRC TRIAL_718: "碧海蓝天基座三层商场"
    assert widened_end(info, "place", base("碧海蓝天基座三层"), 0, 4, 6) == 6
    kowloon = dict_tagger({"香港": "ns", "九龙": "ns"})  # CMRC TRIAL_718: "座落香港九龙长沙湾…"
    assert widened_end(analyze("碧海蓝天座落于什么地方?"), "place", kowloon("香港九龙"), 0, 2, 4) == 4


def test_a_club_is_kept_whole():
    club = dict_tagger({"陕西": "ns", "长安": "ns", "竞技": "n"})  # CMRC TRIAL_979: "现效力于中乙球队陕西长安竞技"
    assert widened_end(analyze("杨昊现效力于哪里?"), "place", club("陕西长安竞技"), 0, 4, 6) == 6


def test_left_alone_for_other_questions_and_types():
    assert widened_end(analyze("谁做的中山粤菜?"), "place", _DISHES(_TEXT), 0, 2, 4) == 4
    info = analyze("石岐乳鸽和白灼鱼皮都是哪边的特色菜色?")
    assert widened_end(info, "org", _DISHES(_TEXT), 0, 2, 4) == 4
