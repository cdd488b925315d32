"""A long span that only says the question back is declined (restated_span.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.answer.restated_span import restated_span


def test_a_span_saying_the_question_back_is_declined():
    # DRCD 6048-2-3 (gold 法蘭西第二帝國覆亡, told in another sentence): the slot took the sentence's clause
    info = analyze("拿破崙三世為什麼流亡英國？")
    best = candidate_in("拿破仑三世被迫流亡英国。", "拿破仑三世被迫流亡英国", "slot", "slot+sentence")
    assert restated_span(info, best) == "decline:restated-span"
    assert inconsistent(info, best) == "decline:restated-span"


def test_a_comparison_restating_the_question_is_declined():
    # DRCD 6433-1-3 (gold 眾議院, the subject left out of the span)
    info = analyze("一般被認參議院和眾議院哪一個院會比較具黨派色彩?")
    best = candidate_in("众议院一般被认为较参议院更具党派色彩。", "一般被认为较参议院更具党派色彩", "slot", "slot")
    assert restated_span(info, best) == "decline:restated-span"


def test_a_name_the_question_quotes_in_part_is_left_alone():
    # DRCD 2388-13-1: the name echoes the question, but covers half of it only
    info = analyze("全美第一所什麼學院為於麻省理工?")
    best = candidate_in("麻省理工建筑与规划学院是全美第一所建筑学院,一直以来设计了不少风格前卫的建筑物。",
                        "全美第一所建筑学院", "org", "type:org")
    assert restated_span(info, best) == ""


def test_a_span_adding_the_thing_asked_is_left_alone():
    # CMRC TRIAL_718_QUERY_3 (gold 私人单位形式): the span echoes 发展商 and 单位, a third of the question
    info = analyze("按政府与发展商的协议,项目内所有单位将由什么形式在市场出售?")
    best = candidate_in("按政府与发展商的协议,项目内所有单位,将由发展商以私人单位形式在市场出售。",
                        "发展商以私人单位形式", "slot", "slot")
    assert restated_span(info, best) == ""
