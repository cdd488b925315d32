"""An untyped span that only sets the scene runs on over the next clause (setting.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.setting import past_setting

_GOAL = "它的目标是在2030年年底以前,让所有课程能够在线上自由取用。"
_TREATY = "该条约主要保证了缔约一方在战争状态时候,对缔约另一方进行全力援助,并互通情报。"


def test_a_span_ending_in_its_time_runs_on_over_the_next_clause():
    got = past_setting(candidate_in(_GOAL, "2030年年底以前", "slot", "slot"), analyze("这项计划的目标是什么?"))
    assert got is not None and got.text == "2030年年底以前,让所有课程能够在线上自由取用" and got.rule == "slot+setting"
    # only the next clause, not the rest of the sentence
    got = past_setting(candidate_in(_TREATY, "缔约一方在战争状态时候", "slot", "slot"),
                       analyze("条约主要保证了什么原则?"))
    assert got is not None and got.text == "缔约一方在战争状态时候,对缔约另一方进行全力援助"


def test_a_question_that_asks_the_setting_keeps_it():
    text = "当稻穗垂下,金黄饱满时,就可以开始收成。"
    assert past_setting(candidate_in(text, "垂下,金黄饱满时", "slot", "slot"),
                        analyze("稻穗在什么状况时就可以收成?")) is None
    text = "当产生后代时,可以筛选基因的存在。"
    assert past_setting(candidate_in(text, "后代时", "slot", "slot"),
                        analyze("可以筛选基因的存在是在产生什么东西之后可以做的?")) is None


def test_a_typed_question_or_a_span_of_no_setting_is_kept():
    assert past_setting(candidate_in(_GOAL, "2030年年底以前", "time", "type:time"),
                        analyze("目标要在什么时候完成?")) is None
    text = "这种酶可以将两个DNA片段连线起来,修复好DNA链的断裂口。"
    assert past_setting(candidate_in(text, "片段连线起来", "slot", "slot"), analyze("这种酶能做什么?")) is None
    text = "大型购物中心开幕后,改变了九龙湾的印象。"
    assert past_setting(candidate_in(text, "大型购物中心开幕后", "slot", "slot"),
                        analyze("什么改变了九龙湾的印象?")) is None
