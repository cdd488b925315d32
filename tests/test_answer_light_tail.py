"""A span answer ending on a light verb or preposition right after its noun is cut before it (light_tail.py):
sentences written for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.light_tail import light_tail
from qa.answer.question import analyze
from qa.types import Candidate


def _answer(sentence: str, span: str, rule: str = "slot") -> Candidate:
    return candidate_in(sentence, span, "term", rule, score=0.0)


@pytest.mark.parametrize(("question", "sentence", "span", "rule", "answer"), [
    # the slot ran into the predicate "以…阻挡": the preposition has lost its object
    ("河底安置了什么装置来阻挡越境者？", "河底安置了栅栏以阻挡越境者。", "栅栏以", "slot", "栅栏"),
    # the gap ran into "可进行…": a modal verb after the noun
    ("可以进行分析的方法为哪种？", "西方墨点法可进行分析。", "西方墨点法可", "sentence+gap", "西方墨点法"),
    # "至大气": the light word and one word after it
    ("燃烧煤炭会排放什么气体？", "燃烧煤炭会排放二氧化碳至大气。", "二氧化碳至大气", "sentence+gap", "二氧化碳"),
])
def test_the_answer_ends_with_its_noun(question, sentence, span, rule, answer):
    got = light_tail(_answer(sentence, span, rule), analyze(question), pos_tags)
    assert got.text == answer
    assert got.rule == rule + "+np"


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # 对 may hold the thing asked
    ("这一观点影响了哪一家思想？", "这一观点对法家影响甚大。", "观点对法家", "sentence+gap"),
    # a longer tail is a clause of its own (noun_tail's)
    ("哪一个派别组成了联盟？", "保守派被新政所激怒而组成联盟。", "保守派被新政所激怒", "slot"),
    # a whole sentence, a list or a typed name is no span answer
    ("河底安置了什么装置？", "河底安置了栅栏以阻挡越境者。", "栅栏以", "sentence"),
    # a cause keeps its clause
    ("为什么安置栅栏？", "河底安置了栅栏以阻挡越境者。", "栅栏以", "slot"),
])
def test_the_answer_is_kept_otherwise(question, sentence, span, rule):
    best = _answer(sentence, span, rule)
    assert light_tail(best, analyze(question), pos_tags) is best
