"""A whole sentence given as the answer that only restates the question is declined (nothing_new.py)."""

from __future__ import annotations

from candidates import candidate_in, whole

from qa.answer.nothing_new import restated_only
from qa.answer.policy import inconsistent
from qa.answer.question import analyze


def test_a_sentence_restating_the_question_without_the_event_is_declined():
    # DRCD 1199-22-1 (gold 隋滅南陳, told in another sentence)
    info = analyze("高句麗與隋朝的關係在什麼事件之後逐漸進入戰爭狀態？")
    best = whole("高句丽与隋朝的关系逐渐进入战争状态。")
    assert restated_only(info, best) == "decline:restated"
    assert inconsistent(info, best) == "decline:restated"


def test_a_sentence_pointing_back_with_a_pronoun_is_declined():
    # DRCD 5384-1-1 (gold 布里亞特人, in the sentence 他們 points back to)
    assert restated_only(analyze("分布最北的蒙古人為蒙古族中的哪一支?"), whole("他们是分布最北的蒙古人。")) \
        == "decline:restated"


def test_two_new_characters_are_still_a_restatement():
    # DRCD 4992-1-3 (gold 九龍灣, the station named in another sentence): 旁邊 is all the sentence adds
    assert restated_only(analyze("港鐵公司的總部大樓鄰近哪一個車站?"), whole("车站旁边是港铁公司的总部大楼。")) \
        == "decline:restated"


def test_a_sentence_with_something_new_is_left_alone():
    # DRCD 1189-3-1: the year is what the restatement adds
    info = analyze("英澳望遠鏡在何時與施密特望遠鏡合併？")
    assert restated_only(info, whole("在1987年,施密特望远镜与英澳望远镜合并。")) == ""
    # CMRC TRIAL_326_QUERY_4: 这次事件 names the event the question asks
    assert restated_only(analyze("1995年12月，在动物学中的一次突破性发现是什么？"),
                         whole("这次事件在动物学中是一次突破性的发现。")) == ""


def test_a_span_cut_by_a_rule_is_left_alone():
    # a clause some rule cut out of a sentence that goes on with what the question lacks is not a restatement
    s = "丙子胡乱后,朝鲜的国王均受到清朝皇帝的册封,奉行中国的年号。"
    info = analyze("自哪一個事件後朝鮮的國王均受到清朝皇帝的冊封?")
    assert restated_only(info, candidate_in(s, "朝鲜的国王均受到清朝皇帝的册封", "sentence", "sentence+told")) == ""
    assert restated_only(info, whole("此后朝鲜的国王均受到清朝皇帝的册封。")) == "decline:restated"
