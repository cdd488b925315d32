"""The noun a what-question asks a kind of, printed right after the span, ends the answer (shape._asked_noun_after,
with _asked_heads): sentences written for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.question import analyze
from qa.answer.shape import _asked_noun_after


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    # the tail of the asked phrase ("网球|比赛")
    ("决胜盘会在哪一种网球比赛中使用？", "在双打比赛中，有时也会使用决胜盘。", "双打", "双打比赛"),
    # a verbal noun that ends the question's phrase
    ("当年中国开始了什么运动？", "当年中国开始了大跃进运动。", "大跃进", "大跃进运动"),
])
def test_the_asked_noun_after_the_span_ends_the_answer(question, sentence, span, answer):
    got = _asked_noun_after(candidate_in(sentence, span, "slot", "slot", score=0.0), analyze(question), pos_tags)
    assert got.text == answer
    assert got.rule == "slot+noun"


@pytest.mark.parametrize(("question", "sentence", "span"), [
    # the span names the kind already: the words after the asked noun are the question's predicate
    ("网易是与哪个公司达成协议的？", "网易与暴雪娱乐公司达成协议。", "暴雪娱乐公司"),
    # a verbal noun the question goes on from is its predicate, not the kind asked
    ("这一体制是由哪一种思想发展而来？", "这一体制由马克思主义发展而来。", "马克思主义"),
])
def test_the_span_is_kept_otherwise(question, sentence, span):
    best = candidate_in(sentence, span, "slot", "slot", score=0.0)
    assert _asked_noun_after(best, analyze(question), pos_tags) is best
