"""A span answer opening with a linking conjunction loses it (opening.py): sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest
from candidates import candidate_in

from qa.answer.opening import past_conjunction
from qa.answer.question import analyze
from qa.config import load_config
from qa.normalize import fold
from qa.tokenize import Tokenizer
from qa.types import Candidate


@cache
def _tokenizer() -> Tokenizer:
    return Tokenizer(load_config())


def _pos(text: str) -> list[tuple[str, str]]:
    return _tokenizer().pos(text)


def _answer(sentence: str, span: str, rule: str = "slot") -> Candidate:
    return candidate_in(sentence, span, "term", rule, score=0.0)


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    # "但": the slot began at the clause's joint
    ("谁拥有选举权？", "各州均设有议会，但只有世袭统治者拥有选举权。", "但只有世袭统治者", "只有世袭统治者"),
    # "而": the contrast's other side
    ("哪个颜色代表勇敢？", "蓝色代表天空，而红色代表勇敢。", "而红色", "红色"),
])
def test_the_answer_starts_after_its_linking_conjunction(question, sentence, span, answer):
    got = past_conjunction(_answer(sentence, span), analyze(question), _pos)
    assert got.text == answer
    assert got.sentence.folded[got.start:got.end] == fold(answer)
    assert got.rule == "slot+unlinked"


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # a coordinating word may open a name jieba split off
    ("哪家公司在市区开店？", "和信百货公司在市区开店。", "和信百货公司", "slot"),
    # a conjunction that adds a clause is fragment.py's to decline
    ("他们做了什么？", "他们修了路，并且建了桥。", "并且建了桥", "slot"),
    # a cause keeps its clause whole
    ("为什么停办？", "活动停办，但原因未公布。", "但原因未公布", "slot"),
    # a whole sentence is not a slot
    ("谁拥有选举权？", "但只有世袭统治者拥有选举权。", "但只有世袭统治者拥有选举权", "sentence"),
])
def test_the_answer_is_kept_otherwise(question, sentence, span, rule):
    best = _answer(sentence, span, rule)
    assert past_conjunction(best, analyze(question), _pos) is best
