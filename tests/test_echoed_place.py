"""A place the question names is no answer to where: the site that runs on from it is (echoed_place.py), and a
centre named by its place and field is an organisation (typed.py's _place_centres)."""

from __future__ import annotations

import jieba.posseg
from candidates import candidate_in

from qa.answer.echoed_place import wider_than_echo_first
from qa.answer.question import analyze
from qa.answer.typed import orgs

_TEXT = "7时30分,报道组一行11人乘车奔赴第一个采访现场——鸡西市老年福利中心。"


def _kept() -> list:
    return [candidate_in(_TEXT, "鸡西市", "place", sid="a:0:1", score=12.2),
            candidate_in(_TEXT, "鸡西市老年福利中心", "org", sid="a:0:1", score=11.8),
            candidate_in(_TEXT, "福利", "place", sid="a:0:1", score=10.9)]


def test_the_site_opening_with_the_asked_place_answers():
    best = wider_than_echo_first(_kept(), analyze("报道组在鸡西的第一个采访现场是哪里？"))[0]
    assert best.text == "鸡西市老年福利中心"


def test_a_place_the_question_does_not_name_keeps_the_order():
    assert wider_than_echo_first(_kept(), analyze("报道组的第一个采访现场是哪里？"))[0].text == "鸡西市"


def test_a_centre_named_by_its_place_is_an_organisation():
    pos = [(p.word, p.flag) for p in jieba.posseg.lcut(_TEXT)]
    assert "鸡西市老年福利中心" in [_TEXT[s.start:s.end] for s in orgs(_TEXT, pos)]
    text = "他们来到老年福利中心。"  # no place opens the run: a kind of centre, none in particular
    pos = [(p.word, p.flag) for p in jieba.posseg.lcut(text)]
    assert "老年福利中心" not in [text[s.start:s.end] for s in orgs(text, pos)]
