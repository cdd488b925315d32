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


def test_the_members_listed_before_the_group_answer():
    # news suites pages50 (玉林日报) and pages53 (国际在线)
    plan = "围绕大交通、大城市、大产业、大商贸、大田园“五大战略”和职业教育园区建设,全力推进。"
    one = candidate_in(plan, "职业教育园区建设", "slot", "slot")
    got = group_members(one, [one], analyze("玉林市“五大战略”是哪五大?"))
    assert got is not None and got.text == "大交通、大城市、大产业、大商贸、大田园"
    tour = "华人青年将参访华盛顿、纽约、波士顿美国三大中心城市。"
    one = candidate_in(tour, "华人青年", "slot", "slot")
    got = group_members(one, [one], analyze("联合国世界青年峰会的华人青年将参访美国哪三大中心城市?"))
    assert got is not None and got.text == "华盛顿、纽约、波士顿"
    assert group_members(one, [one], analyze("华人青年将参访美国哪两大中心城市?")) is None  # three listed


def test_a_list_of_another_size_or_no_group_asked_is_left_alone():
    one = candidate_in(_VILLAINS, "谭望嵩", "person", "type:person")
    assert group_members(one, [one], analyze("中国足球“四大恶人”是哪些人?")) is None  # four asked, five listed
    assert group_members(one, [one], analyze("谁被戏称为中国足球“五大恶人”之一?")) is None  # no members asked
    # one item asked of the list the question prints (DRCD 6373)
    castes = "元廷将人种分为四个阶级,即蒙古人、色目人、汉人、南人。"
    one = candidate_in(castes, "南人", "term", "rest")
    last = analyze("元廷将人种分为四个阶级,由上到下分别是蒙古人、色目人、汉人,而最后一个阶级是?")
    assert group_members(one, [one], last) is None
