"""Why-questions whose best sentence tells only the effect after a result word: the sentence before it tells the
cause (cause_told_before.py)."""

from __future__ import annotations

from candidates import sentences_in

from qa.answer.cause_told_before import cause_told_before
from qa.answer.question import analyze
from qa.types import Candidate, Sentence


def _whole(s: Sentence) -> Candidate:
    return Candidate(text=s.text, sentence=s, start=0, end=len(s.text), type="sentence", score=1.0,
                     rule="marker:why+sentence")


_CAUSE = "吉斯伯恩有长时间的日照,肥沃的土壤和河川带来丰富的水源。"


def test_the_sentence_before_an_effect_opening_with_yinci():
    body = sentences_in((_CAUSE, "因此,畜牧业发达。"), (0, 0))
    got = cause_told_before(_whole(body[1]), analyze("为什么吉斯伯恩的畜牧业发达?"), body)
    assert got is not None and got.text == "吉斯伯恩有长时间的日照,肥沃的土壤和河川带来丰富的水源"
    assert got.sentence.id == body[0].id and got.rule.endswith("+before")


def test_not_across_a_paragraph_nor_an_effect_the_question_does_not_restate():
    body = sentences_in((_CAUSE, "因此,畜牧业发达。"), (0, 1))
    assert cause_told_before(_whole(body[1]), analyze("为什么吉斯伯恩的畜牧业发达?"), body) is None
    body = sentences_in((_CAUSE, "因此,当地人口增长很快。"), (0, 0))
    assert cause_told_before(_whole(body[1]), analyze("为什么吉斯伯恩的畜牧业发达?"), body) is None
    body = sentences_in((_CAUSE, "畜牧业发达。"), (0, 0))
    assert cause_told_before(_whole(body[1]), analyze("为什么吉斯伯恩的畜牧业发达?"), body) is None
