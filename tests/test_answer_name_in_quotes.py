"""A place or body opening a quoted name of something else ("打造“万泉河|大客厅”城市新地标"): a what-question asks for
the thing the quotes name, the whole term (shape._name_in_quotes)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.shape import _name_in_quotes

_LANDMARK = "今年琼海将建立健全城市更新项目库,打造“万泉河大客厅”城市新地标,启动城市更新片区试点。"


def test_the_place_opening_a_quoted_name_stands_for_the_whole_name():
    c = candidate_in(_LANDMARK, "万泉河", kind="place")
    assert _name_in_quotes(c, analyze("琼海今年将打造什么城市新地标?")).text == "“万泉河大客厅”"


def test_a_place_alone_in_its_quotes_or_a_term_the_question_prints_is_left_alone():
    alone = "他们把这里叫做“万泉河”。"
    c = candidate_in(alone, "万泉河", kind="place")
    assert _name_in_quotes(c, analyze("他们把这里叫做什么?")).text == "万泉河"
    c = candidate_in(_LANDMARK, "万泉河", kind="place")
    assert _name_in_quotes(c, analyze("万泉河大客厅是什么?")).text == "万泉河"


def test_a_body_opening_a_title_is_left_to_the_titles_rules():
    law = "《国务院行政机构设置和编制管理条例》第六条规定,国务院行政机构根据职能分为几类。"
    c = candidate_in(law, "国务院", kind="org")
    assert _name_in_quotes(c, analyze("国务院行政机构根据什么分类?")).text == "国务院"
