"""A group named by its count asked for its members: the list of as many items printed after its name
(group_members.py). The sentence is CMRC 2018's (trial set, TRIAL_466)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.group_members import group_members
from qa.answer.question import analyze

_VILLAINS = "中国球迷将谭望嵩与另外四名球员戏称为中国足球“五大恶人”,即“南秦升、北周挺、东戴琳、西柯钊、中望嵩”。"


def test_the_members_listed_after_the_group_answer():
    one = candidate_in(_VILLAINS, "谭望嵩", "person", "type:person")
    got = group_members(one, [one], analyze("中国足球“五大恶人”是哪些人?"))
    assert got is not None and got.text == "“南秦升、北周挺、东戴琳、西柯钊、中望嵩”"
    assert got.rule == "type:person+members"


def test_a_list_of_another_size_or_no_group_asked_is_left_alone():
    one = candidate_in(_VILLAINS, "谭望嵩", "person", "type:person")
    assert group_members(one, [one], analyze("中国足球“四大恶人”是哪些人?")) is None  # four asked, five listed
    assert group_members(one, [one], analyze("谁被戏称为中国足球“五大恶人”之一?")) is None  # no members asked
