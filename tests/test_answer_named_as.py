"""A whole sentence given for "什么是X?", cut to the description the sentence names X by (named_as.py)."""

from __future__ import annotations

from candidates import whole

from qa.answer.named_as import described
from qa.answer.question import analyze


def test_the_description_before_the_naming_verb_answers_what_the_term_is():
    got = described(whole("各级党政负责人担任河湖管理第一责任人的做法被称为“河长制”"), analyze("什么是河长制?"))
    assert got is not None and got.text == "各级党政负责人担任河湖管理第一责任人的做法"
    assert got.rule == "sentence+named_as"
    got = described(whole("棱柱中不在同一平面上的两个顶点的连线叫做棱柱的对角线"), analyze("棱柱的对角线是什么?"))
    assert got is not None and got.text == "棱柱中不在同一平面上的两个顶点的连线"


def test_a_naming_clause_of_its_own_keeps_the_sentence():
    # "…完成比赛,|称为小鸟球": the naming verb opens its clause, no description stands before it there
    assert described(whole("总杆数低于标准杆数一杆完成比赛,称为小鸟球"), analyze("什么是小鸟球?")) is None


def test_another_term_named_or_another_question_keeps_the_sentence():
    text = "棱柱的两个底面之间的距离叫做棱柱的高"
    assert described(whole(text), analyze("什么是棱柱的对角线?")) is None
    assert described(whole(text), analyze("棱柱的高是多少?")) is None
    assert described(whole(text, 5), analyze("什么是棱柱的高?")) is None
