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


def test_the_gaps_noun_run_ends_before_the_predicate() -> None:
    # the question's noun after 哪一个 is tagged a verb (派别/v): the gap's run is still a thing, cut at the adverb
    got = noun_tail(_answer("西人党又分为老论派和少论派。", "西人党又分为", "sentence+gap"),
                    analyze("老论派和少论派是由士林派中的哪一个派别所分裂出来的?"), pos_tags)
    assert got.text == "西人党"
    # and at a copula, where the question has none
    got = noun_tail(_answer("硫酸是所有工业过程中必不可少的一个原材料。", "硫酸是所有", "sentence+gap"),
                    analyze("拿来当作国家工业化程度指标的物质当中哪一个含有硫元素?"), pos_tags)
    assert got.text == "硫酸"


def test_the_gaps_noun_run_keeps_a_copula_the_question_mirrors() -> None:
    # "哪一过程|为…" ↔ "最终阶段|是|矽燃烧过程": the answer may stand on either side of the copula
    best = _answer("恒星核合成的最终阶段是矽燃烧过程。", "阶段是矽燃烧", "sentence+gap")
    assert noun_tail(best, analyze("哪一过程为恒星核合成的最后一步骤?"), pos_tags) is best
