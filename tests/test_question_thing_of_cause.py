"""A cause noun framing a thing another question word asks: "…的原因和哪一个疾病有关" asks which thing, not why
(question._thing_of_cause)."""

from __future__ import annotations

from qa.answer.question import analyze


def test_the_other_question_word_types_the_question():
    assert analyze("中世纪晚期人口增长缓慢的原因和哪一个疾病有关?").qtype == "what"
    assert analyze("燕军停止炮击的原因和谁的计谋有关?").qtype == "who"
    assert analyze("两个星系的碰撞是什么地方重力不稳定的其中一个原因?").qtype == "where"


def test_a_cause_asked_stays_why():
    assert analyze("日本施行锁国政策的原因为何?").qtype == "why"
    assert analyze("生物质能的工业慢慢兴起的原因是?").qtype == "why"
    assert analyze("他们曾因为哪一个原因而被处决?").qtype == "why"  # (the marker's: cause_asked.py)
    assert analyze("导致了本次事故的原因有哪些?").qtype == "why"  # (the causes, several)
