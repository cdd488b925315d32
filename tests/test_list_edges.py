"""The outer items of an enumeration stop at the verb opening the list and at the count summing it up
(list_edges.py, read by short.rest_items): sentences written for these tests."""

from __future__ import annotations

import pytest

from qa.answer.list_edges import echoed_tail_end, first_item_start, last_item_end
from qa.answer.question import analyze
from qa.answer.short import rest_items
from qa.normalize import fold


def test_the_last_item_stops_at_the_count_of_the_list():
    s = fold("博物馆分为自然馆与历史馆两大展区。")
    start = s.index("历史馆")
    assert s[start:last_item_end(s, start, len(s) - 1, 2)] == "历史馆"


@pytest.mark.parametrize(("sentence", "item", "n"), [
    ("他擅长油画和水彩这两种画法。", "水彩", 2),  # 这 points back at the items: cut before it
    ("甲城、乙城和丙城等三座城市。", "丙城", 3),
])
def test_a_word_pointing_back_at_the_items_goes_with_the_count(sentence, item, n):
    s = fold(sentence)
    start = s.index(fold(item))
    assert s[start:last_item_end(s, start, len(s) - 1, n)] == fold(item)


@pytest.mark.parametrize(("sentence", "item", "n"), [
    ("面条和米线是本市的两大小吃。", "米线是本市的两大小吃", 2),  # after 的: the predicate's count
    ("报名者和家长十二月到场。", "家长十二月到场", 2),  # 十二月 is a date, not a count of two
    ("报名者和家长三人到场。", "家长三人到场", 2),  # a count of another number
])
def test_no_cut_where_the_count_is_not_the_lists(sentence, item, n):
    s = fold(sentence)
    start = s.index(item)
    assert last_item_end(s, start, len(s) - 1, n) == len(s) - 1


def test_the_first_item_starts_after_the_verb_opening_the_list():
    s = fold("学会会员大多分成青年组与老年组。")
    assert s[first_item_start(s, 0, s.index("与")):s.index("与")] == "青年组"
    t = fold("青年组与老年组都有活动。")
    assert first_item_start(t, 0, t.index("与")) == 0


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("展区分成两种,一种是历史馆,另一种是?", "这座博物馆按藏品可分为自然馆与历史馆两大展区。", "自然馆"),
    ("会员分为两组,一组是老年组,另一组是?", "学会成立之初,会员大多分成青年组与老年组。", "青年组"),
])
def test_rest_items_read_the_items_inside_those_edges(typed, question, sentence, answer):
    folded, spans = typed(sentence)
    got = [folded[s.start:s.end] for s in rest_items(folded, spans, analyze(question).text)]
    assert got == [fold(answer)]


def test_the_last_item_stops_before_the_predicate_the_question_repeats():
    s = fold("这支球队由本地球员与外籍球员组成。")
    start, end = s.index("外籍"), s.index("。")
    q = fold("这支球队由本地球员以及哪一类球员所组成?")
    assert s[start:echoed_tail_end(s, start, end, q, [fold("本地球员")])] == fold("外籍球员")


def test_a_tail_another_item_shares_is_the_items_head_not_a_predicate():
    s = fold("期货可分为商品期货与金融期货。")
    start, end = s.index("金融"), s.index("。")
    q = fold("期货分成两种,一种是商品期货,另一种是?")
    assert echoed_tail_end(s, start, end, q, [fold("商品期货")]) == end


def test_rest_items_answer_the_item_without_its_predicate(typed):
    folded, spans = typed("这支球队其实是由本地球员与来自南美洲的外籍球员组成,训练十分刻苦。")
    q = analyze("这支球队是由本地球员以及哪一类球员所组成的?").text
    got = [folded[s.start:s.end] for s in rest_items(folded, spans, q)]
    assert got == [fold("来自南美洲的外籍球员")]
