"""A where-answer closing in 境内 after its place is the place alone (inside_tail.py): 境内 tells that the place
holds it, not which place."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.inside_tail import without_inside_tail
from qa.answer.question import analyze


def _cut(sentence: str, answer: str, question: str) -> str | None:
    got = without_inside_tail(candidate_in(sentence, answer, "place"), analyze(question))
    return None if got is None else got.text


def test_a_where_answer_loses_its_closing_inside_word():
    assert _cut("山脉的最高峰格尔拉赫峰位于斯洛伐克境内。", "斯洛伐克境内", "山脉的最高峰位在何处？") == "斯洛伐克"
    assert _cut("纪念馆设在今淮安区境内。", "今淮安区境内", "纪念馆被设置在现今的何处？") == "今淮安区"


def test_no_place_left_or_no_where_question_keeps_the_answer():
    assert _cut("这条河流经县境内。", "县境内", "这条河流经哪里？") is None
    assert _cut("山脉的最高峰位于斯洛伐克境内。", "斯洛伐克境内", "最高峰叫什么名字？") is None
