"""A figure restated in the unit asked, in brackets right after it, answers "多少<unit>" (unit_restated.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.unit_restated import restated_first

_TEXT = "2020年,贵州粮食播种面积为2754.14千公顷(4131.20万亩),较上年增长1.65%。"


def _kept() -> list:
    return [candidate_in(_TEXT, "2754.14千公顷", "number", sid="a:0:1", score=10.7),
            candidate_in(_TEXT, "4131.20万亩", "number", sid="a:0:1", score=7.1)]


def test_the_bracketed_figure_in_the_unit_asked_comes_first():
    assert restated_first(_kept(), analyze("2020年贵州粮食播种面积是多少万亩？"))[0].text == "4131.20万亩"


def test_the_unit_of_the_best_figure_asked_or_none_keeps_the_order():
    assert restated_first(_kept(), analyze("2020年贵州粮食播种面积是多少千公顷？"))[0].text == "2754.14千公顷"
    assert restated_first(_kept(), analyze("2020年贵州粮食播种面积是多少？"))[0].text == "2754.14千公顷"
