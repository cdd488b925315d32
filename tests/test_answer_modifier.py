"""A "…的" modifier the question did not ask for is left out of a what-answer (modifier.py): sentences written for
these tests."""

from __future__ import annotations

import pytest

from qa.answer.modifier import drop_modifier
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate, Sentence


def _answer(sentence: str, span: str, rule: str = "slot") -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(span)
    return Candidate(text=span, sentence=s, start=start, end=start + len(span), type="term", score=0.0, rule=rule)


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    ("这座城市与哪一个港口结为友好港？", "这座城市与地中海沿岸的热那亚港结为友好港。", "地中海沿岸的热那亚港",
     "热那亚港"),
    ("该国在什么技术上投入最多？", "该国近年在日益成熟的风电技术上投入最多。", "日益成熟的风电技术", "风电技术"),
])
def test_a_modifier_before_the_phrase_of_the_kind_asked_is_left_out(question, sentence, span, answer):
    got = drop_modifier(_answer(sentence, span), analyze(question))
    assert got.text == answer
    assert got.sentence.folded[got.start:got.end] == fold(answer)


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # the phrase after 的 is not of the kind asked (港口 ↛ 码头)
    ("这座城市与哪一个港口结为友好港？", "这座城市与地中海沿岸的新码头结为友好港。", "地中海沿岸的新码头", "slot"),
    # the question has the modifier itself
    ("地中海沿岸的哪一个港口最繁忙？", "地中海沿岸的热那亚港最繁忙。", "地中海沿岸的热那亚港", "slot"),
    # a list keeps its items whole
    ("这座城市与哪些港口结为友好港？", "这座城市与地中海沿岸的热那亚港结为友好港。", "地中海沿岸的热那亚港",
     "slot+list"),
])
def test_the_answer_is_kept_when_the_modifier_is_not_idle(question, sentence, span, rule):
    best = _answer(sentence, span, rule)
    assert drop_modifier(best, analyze(question)) is best
