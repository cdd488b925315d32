"""The value after a change answers a question asking the state after it (changed_to.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.changed_to import changed_to_first
from qa.answer.question import analyze

_TEXT = "安徽省政府正式批复同意开发区扩区,总体规划面积由6.75平方公里扩大至11.6平方公里,成为第一个成功扩区的开发区。"


def _kept() -> list:
    return [candidate_in(_TEXT, "6.75平方公里", "number", sid="a:0:1", score=13.1),
            candidate_in(_TEXT, "11.6平方公里", "number", sid="a:0:1", score=11.4)]


def test_the_value_after_the_change_answers_the_state_after_it():
    assert changed_to_first(_kept(), analyze("开发区扩区后的总体规划面积是多少？"))[0].text == "11.6平方公里"
    assert changed_to_first(_kept(), analyze("开发区总体规划面积扩大至多少？"))[0].text == "11.6平方公里"
    assert changed_to_first(_kept(), analyze("开发区现在的总体规划面积是多少？"))[0].text == "11.6平方公里"


def test_a_question_not_asking_after_the_change_keeps_the_order():
    assert changed_to_first(_kept(), analyze("开发区原来的总体规划面积是多少？"))[0].text == "6.75平方公里"
    assert changed_to_first(_kept(), analyze("开发区扩区前的总体规划面积是多少？"))[0].text == "6.75平方公里"


def test_figures_not_joined_by_a_change_keep_the_order():
    text = "由6.75平方公里的老区和11.6平方公里的新区组成"
    kept = [candidate_in(text, "6.75平方公里", "number", sid="a:0:1", score=13.1),
            candidate_in(text, "11.6平方公里", "number", sid="a:0:1", score=11.4)]
    assert changed_to_first(kept, analyze("开发区扩区后的面积是多少？"))[0].text == "6.75平方公里"
