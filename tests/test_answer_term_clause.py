"""A whole sentence given for "X是什么?", cut to the clause that says what X is (term_clause.py)."""

from __future__ import annotations

from candidates import whole

from qa.answer.question import analyze
from qa.answer.term_clause import term_clause

_SHOW = "《星际奇兵》(Star Rangers)是某工作室制作的一部机器人动画,于1984年10月起由日本电视台播出。"
_ZONES = "“一轴”为贯穿整个景区的江岸风景带,“一心”指古城景区,“六片”指入口区、渔村景区和湿地保护区。"


def test_the_clause_of_the_term_and_its_copula_answers():
    got = term_clause(whole(_SHOW), analyze("《星际奇兵》是什么?"))
    assert got is not None and got.text == "《星际奇兵》(Star Rangers)是某工作室制作的一部机器人动画"
    assert got.rule == "sentence+term"
    got = term_clause(whole(_ZONES), analyze("“一心”指的是什么?"))
    assert got is not None and got.text == "“一心”指古城景区"


def test_what_is_x_keeps_the_sentence():
    assert term_clause(whole(_SHOW), analyze("什么是《星际奇兵》?")) is None


def test_only_a_whole_sentence_of_several_clauses_for_a_definition_is_cut():
    assert term_clause(whole(_SHOW, 0, 30), analyze("《星际奇兵》是什么?")) is None
    assert term_clause(whole("《星际奇兵》是一部机器人动画。"), analyze("《星际奇兵》是什么?")) is None
    assert term_clause(whole(_SHOW), analyze("《星际奇兵》是哪一年播出的?")) is None
    # the term asked never followed by a copula in one clause
    assert term_clause(whole("某工作室制作了《星际奇兵》,于1984年播出。"), analyze("《星际奇兵》是什么?")) is None
