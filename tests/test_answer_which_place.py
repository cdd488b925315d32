"""The kind of place a where-question names after 在哪 and a classifier (which_place.py): "在哪个警署外设路障" asks a
警署, and the slot that ends with it names the place ("到|牛头角警署|外设路障")."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.answer.which_place import headed_place, place_noun
from qa.types import Candidate


@pytest.mark.parametrize(("question", "wh", "right", "head"), [
    ("示威者在哪個警署外設路障？", "哪个警署", "外设路障", "警署"),
    ("两位青年职工在哪条高速公路项目部的职工书屋里看书？", "哪条高速公路", "项目部的职工书屋里看书", "高速公路"),
    ("他在哪个电视台说的？", "哪个电视台", "说的", "电视台"),
    # a road asked by 条 and its one-character noun keeps the road's reading (unit 路), no head
    ("损坏严重的井盖在哪条路上？", "哪", "条路上", ""),
    # the place words the where-cue names itself keep today's reading
    ("廖亦武流亡在哪個國家？", "哪", "个国家", ""),
    # no place after the classifier: not a where-question at all
    ("乙醚在哪一种状态下时非常稳定？", "哪一种", "状态下时非常稳定", ""),
])
def test_the_question_word_takes_the_classifier_and_the_place_noun(question, wh, right, head):
    info = analyze(question)
    assert (info.wh_word, info.right, info.head) == (wh, right, head)


def test_the_place_noun_is_the_longest_dictionary_word():
    assert place_noun("在哪条高速公路项目部", 3) == "高速公路"
    assert place_noun("在哪条路上", 3) == "路上"  # (the caller reads 条+路 as a road first)
    assert place_noun("在哪个x", 3) == ""


@pytest.mark.parametrize(("text", "slot", "head", "place"), [
    ("示威者到牛头角警署外设路障", "到牛头角警署", "警署", "牛头角警署"),  # the verb of going is left out
    ("职工在麻竹高速公路项目部看书", "麻竹高速公路", "高速公路", "麻竹高速公路"),
    ("示威者到警署外设路障", "到警署", "警署", None),  # the kind alone names no place
    ("他们说,在2019年到过警署外", "在2019年到过警署", "警署", None),  # a clause with figures, not a name
    ("示威者到牛头角广场外设路障", "到牛头角广场", "警署", None),  # another kind of place
])
def test_a_slot_ending_with_the_kind_asked_is_a_place(text, slot, head, place):
    start = text.index(slot)
    got = headed_place(text, start, start + len(slot), head)
    assert (text[got[0]:got[1]] if got else None) == place


def _candidate(sentence: str, answer: str) -> Candidate:
    return candidate_in(sentence, answer, "org")


@pytest.mark.parametrize(("sentence", "answer", "rule"), [
    ("他于25日在德国电视一台上说", "德国电视一台", ""),  # a numbered channel is a TV station
    ("他在湖南卫视的节目上说", "湖南卫视", ""),
    ("他于25日在德国说", "德国", "decline:type"),  # a country is none
])
def test_a_tv_station_asked_after_zai_na(sentence, answer, rule):
    info = analyze("皮斯托里乌斯在哪个电视台说欧洲无法像过去一样信任美国？")
    assert inconsistent(info, _candidate(sentence, answer)) == rule
