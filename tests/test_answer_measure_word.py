"""A count asked in a measure word lexicon.UNITS lacks (点, 对) is not answered in another unit
(measure_word.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.measure_word import other_measure_word
from qa.answer.policy import _wrong_unit
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    return other_measure_word(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "number"))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # an index's points asked, a price in 元 given
    ("本周农产品批发价格200指数为多少点？", "目前秋季高麗菜批發價約每公斤25.2元,價格雖穩定。", "25.2元"),
])
def test_another_unit_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:unit"


def test_pairs_asked_are_the_questions_unit_and_another_unit_declines():
    """对 is in lexicon.UNITS since the twentieth session ("四十五对新人" is a count), so the unit check itself
    (policy._wrong_unit) reads couples asked and 起 given, not measure_word."""
    info = analyze(fold("花蓮縣長徐榛蔚在飯店為多少對新人證婚？"))
    assert info.unit == "对"
    assert _wrong_unit(info, "一起") == "decline:unit"
    assert _wrong_unit(info, "四十五对") == ""


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # a bare number, or one in the measure word asked
    ("本周农产品批发价格200指数为多少点？", "农产品批发价格200指数为125.31,比上周下降0.5个点。", "125.31"),
    ("為多少對新人證婚？", "為集團結婚的四十五對新人證婚。", "四十五"),
    # a magnitude is no other unit
    ("道琼斯指数收于多少点？", "道琼斯指数收于3万。", "3万"),
    # a unit the question takes as its own is read by _wrong_unit, not here
    ("有多少名学生？", "共有300人参加。", "300人"),
])
def test_the_unit_asked_or_none_stays(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
