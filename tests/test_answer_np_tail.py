"""A which/what answer ends with its noun phrase (np_tail.py): sentences written for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.np_tail import noun_tail
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate


def _answer(sentence: str, span: str, rule: str = "slot") -> Candidate:
    return candidate_in(sentence, span, "term", rule, score=0.0)


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    # an adverb goes on with the sentence's own predicate
    ("该地区哪种语言最早被使用？", "在该地区，拉丁文也最早被使用。", "拉丁文也", "拉丁文"),
    # a preposition opens the rest of the clause
    ("河底安置了什么装置来阻挡船只？", "河底安置了铁丝网以阻挡船只。", "铁丝网以阻挡船只", "铁丝网"),
    # "X的一个": one of the kind X names
    ("这种鸟是什么动物的分支？", "这种鸟是恐龙类的一个分支。", "恐龙类的一个", "恐龙类"),
])
def test_the_answer_ends_with_its_noun_phrase(question, sentence, span, answer):
    got = noun_tail(_answer(sentence, span), analyze(question), pos_tags)
    assert got.text == answer
    assert got.sentence.folded[got.start:got.end] == fold(answer)


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # the question asks a clause (no noun after the question word): an adverb inside it stays
    ("他后来意识到什么？", "他后来意识到外国不可能介入内战。", "外国不可能介入内战", "slot"),
    # a list keeps its items whole
    ("该地区有哪些语言也被使用？", "该地区有拉丁文也被使用。", "拉丁文也", "slot+list"),
    # inside a title the words are the title's own
    ("这与哪一份报告书有关？", "这与《麦健时报告书》有关。", "麦健时报告书", "slot"),
])
def test_the_answer_is_kept_when_its_tail_is_not_idle(question, sentence, span, rule):
    best = _answer(sentence, span, rule)
    assert noun_tail(best, analyze(question), pos_tags) is best


def test_a_coordinating_word_does_not_end_the_noun_phrase() -> None:
    best = _answer("众议院人口与家庭关系委员会批准了提案。", "人口与家庭关系委员会")
    assert noun_tail(best, analyze("哪个委员会批准了提案？"), pos_tags) is best


def test_a_preposition_with_only_its_object_does_not_end_the_answer() -> None:
    # "观点|对法家": no verb follows the preposition's object, so the thing asked may stand there
    best = _answer("荀子的观点对法家影响甚大。", "观点对法家")
    assert noun_tail(best, analyze("荀子影响哪一家思想甚大？"), pos_tags) is best
