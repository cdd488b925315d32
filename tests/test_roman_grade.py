"""A level in Roman numerals (应急响应为Ⅲ级) is a figure: a candidate of "几级", of the unit asked (typed.py,
policy.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.answer.typed import numbers

_TEXT = "根据《温州市防汛防台抗旱应急预案》,温州市于7月7日9时提升防台风应急响应为Ⅲ级;"


def test_a_roman_grade_is_a_number_span():
    assert any(_TEXT[s.start:s.end] == "Ⅲ级" for s in numbers(_TEXT))


def test_a_roman_grade_answers_how_many_levels():
    best = candidate_in(_TEXT, "Ⅲ级", "number")
    assert inconsistent(analyze("温州市7月7日9时把防台风应急响应提升为几级？"), best) == ""
