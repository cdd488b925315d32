"""A span answer opening with a linking conjunction loses it, one holding a subject and its copula is answered by
what follows the copula (opening.py): sentences written for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.opening import past_conjunction, past_copula
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate


def _answer(sentence: str, span: str, rule: str = "slot") -> Candidate:
    return candidate_in(sentence, span, "term", rule, score=0.0)


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    # "但": the slot began at the clause's joint
    ("谁拥有选举权？", "各州均设有议会，但只有世袭统治者拥有选举权。", "但只有世袭统治者", "只有世袭统治者"),
    # "而": the contrast's other side
    ("哪个颜色代表勇敢？", "蓝色代表天空，而红色代表勇敢。", "而红色", "红色"),
])
def test_the_answer_starts_after_its_linking_conjunction(question, sentence, span, answer):
    got = past_conjunction(_answer(sentence, span), analyze(question), pos_tags)
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
    assert past_conjunction(best, analyze(question), pos_tags) is best


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    ("该地区在选举时哪一政治阵营会有优势？", "其中汐止属于蓝营。", "汐止属于蓝营", "蓝营"),
    ("这部福音书的作者被认为是什么身分？", "少数学者认为这部福音书的作者是外邦人。",
     "这部福音书的作者是外邦人", "外邦人"),
    ("胞膜中哪一种物质可以使信号更快地传递？", "胞膜上有许多规则分布的柱状颗粒称为连接子。",
     "有许多规则分布的柱状颗粒称为连接子", "连接子"),
])
def test_the_answer_is_what_the_subject_is_said_to_be(question, sentence, span, answer):
    got = past_copula(_answer(sentence, span), analyze(question), pos_tags)
    assert got.text == answer
    assert got.rule == "slot+predicate"


@pytest.mark.parametrize(("question", "sentence", "span"), [
    # a clause after the link says what the subject does: the subject is the answer
    ("该国以什么制度来保障最低生活标准？", "公共救济是通过国家财政资助低收入阶层。",
     "公共救济是通过国家财政资助低收入阶层"),
    # several links: a clause of clauses
    ("这些算子分别是什么？", "它们分别为体积元素与其它微分算子是其它微分算子。",
     "分别为体积元素与其它微分算子是其它微分算子"),
    # what follows the link is the question's own words: the subject is asked
    ("哪个地方属于蓝营？", "汐止属于蓝营。", "汐止属于蓝营"),
])
def test_the_span_with_a_link_is_kept_otherwise(question, sentence, span):
    best = _answer(sentence, span)
    assert past_copula(best, analyze(question), pos_tags) is best
