"""The time of the one the question names, told in a relative clause before that name (relative_time.py): "去年九月
到任的处长洪慧珠" dates 洪慧珠, "今年一月到任的…主任黄正杰" dates 黄正杰."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.relative_time import relative_time_first

_TWO = "嘉宾中,两名经文处官员,去年九月到任的处长洪慧珠,今年一月到任的波士顿侨教中心主任黄正杰,则不但也是新人。"


def _kept() -> list:
    return [candidate_in(_TWO, "今年一月", kind="time", score=13.6),
            candidate_in(_TWO, "去年九月", kind="time", score=10.7)]


def test_the_time_whose_relative_clause_leads_to_the_person_asked_comes_first():
    assert relative_time_first(_kept(), analyze("经文处处长洪慧珠是什么时候到任的？"))[0].text == "去年九月"


def test_the_other_person_keeps_his_time():
    assert relative_time_first(_kept(), analyze("侨教中心主任黄正杰是什么时候到任的？"))[0].text == "今年一月"


def test_a_time_with_no_relative_clause_keeps_the_order():
    plain = "处长洪慧珠去年九月到任,主任黄正杰今年一月到任。"
    kept = [candidate_in(plain, "今年一月", kind="time", score=13.6),
            candidate_in(plain, "去年九月", kind="time", score=10.7)]
    assert relative_time_first(kept, analyze("经文处处长洪慧珠是什么时候到任的？"))[0].text == "今年一月"
