"""A whole sentence given for a span question, cut to the clause telling the question's predicate (predicate.py)."""

from __future__ import annotations

import pytest
from candidates import whole

from qa.answer.predicate import from_predicate
from qa.answer.question import analyze


@pytest.fixture(scope="module")
def pos(engine):
    return engine.tokenizer.pos




def test_the_clause_with_the_words_beside_the_question_word_and_the_rest_answer(pos):
    # "实验室有|哪几座": the campus is introduced first, the laboratories are told from the third clause on
    got = from_predicate(whole("新校区建有可容纳3000人的学生公寓,设有各类功能教室,有4间高水平实验室,包括物理实验室、"
                                "生物实验室"), analyze("新校区的高水平实验室有哪几座?"), pos)
    assert got is not None and got.text == "有4间高水平实验室,包括物理实验室、生物实验室"
    assert got.rule == "sentence+predicate"


def test_the_predicate_in_the_first_clause_keeps_the_sentence(pos):
    assert from_predicate(whole("新校区有4间高水平实验室,包括物理实验室、生物实验室"),
                          analyze("新校区的高水平实验室有哪几座?"), pos) is None


def test_a_clause_going_on_from_the_one_before_keeps_the_sentence(pos):
    # "不但代表着力量,|也象征了…": both predicates answer what the lion stands for
    assert from_predicate(whole("盾右方的狮子为国家标志,它不但代表着力量,也象征了当地的主要民族"),
                          analyze("盾右方的狮子象征着什么?"), pos) is None


def test_clauses_before_it_must_be_about_the_question(pos):
    # the clause before tells nothing the question holds: no introduction of its subject to drop
    question = analyze("新校区的高水平实验室有哪几座?")
    assert from_predicate(whole("会议结束后代表们合影留念,有4间高水平实验室"), question, pos) is None
    got = from_predicate(whole("新校区建成后代表们合影留念,有4间高水平实验室"), question, pos)
    assert got is not None and got.text == "有4间高水平实验室"


def test_only_a_whole_sentence_for_a_span_question_is_cut(pos):
    text = "新校区建有学生公寓,设有各类功能教室,有4间高水平实验室"
    assert from_predicate(whole(text, 6), analyze("新校区的高水平实验室有哪几座?"), pos) is None
    assert from_predicate(whole(text), analyze("为什么新校区的高水平实验室有4间?"), pos) is None


def test_a_definition_that_names_the_kind_asked_is_cut_too(pos):
    # "是什么|味道": the fruit is introduced first, its taste told in the last clause
    text = "成熟的果实有橘黄的外皮和绿色的果肉,味道类似黄瓜和香蕉的混合味"
    got = from_predicate(whole(text), analyze("成熟的角瓜果实是什么味道?"), pos)
    assert got is not None and got.text == "味道类似黄瓜和香蕉的混合味"
    # "X是什么?" asks what X is: the whole sentence tells it
    assert from_predicate(whole(text), analyze("成熟的角瓜果实是什么?"), pos) is None
