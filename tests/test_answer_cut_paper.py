"""A paper's name the tagger cut from its kind ("昌吉|日报"), or a name of two Latin words ("Helen Zhou"), must be
printed in the answer's article: else the answer is another paper's, another person's (absent_names)."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.absent_names import cut_papers, long_name_unprinted
from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.spans import offsets
from qa.normalize import fold


@pytest.mark.parametrize(("question", "papers"), [
    ("昌吉日报的国内统一刊号是多少？", ["昌吉日报"]),
    ("宁波晚报的粉丝有多少？", ["宁波晚报"]),
    # a pronoun names no paper; a name jieba knows whole is long_name_unprinted's own
    ("该日报的刊号是多少？", []),
    ("光明日报创刊于哪一年？", []),
])
def test_cut_papers(question, papers):
    q = fold(question)
    assert cut_papers(offsets(pos_tags(q)), analyze(q)) == papers


def _why(question: str, sentence: str, answer: str, article: str) -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), "number")
    return long_name_unprinted(analyze(fold(question)), c, Surroundings(article=article + " " + sentence, tag=pos_tags))


_MASTHEAD = "国内统一刊号:CN44-0126  代号:45-47  中山日报社出版"


def test_another_papers_figure_declines():
    assert _why("昌吉日报的国内统一刊号是多少？", _MASTHEAD, "45-47", "要把中山故事带回台湾") == "decline:subject"


def test_the_paper_asked_printed_stays():
    assert _why("昌吉日报的国内统一刊号是多少？", _MASTHEAD, "45-47", "昌吉日报 第1版") == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "why"), [
    # a name of two Latin words the article never prints: another person's paper
    ("Helen Zhou属于哪个党？", "主编(Editor-in-Chief): 王 虹 (Helen Wang)", "王 虹", "枫华之声", "decline:subject"),
    ("Vancouver 1st派出多少名市議員候選人？", "里斯和三位市議員一同出訪。", "三位", "SBS Cantonese", "decline:subject"),
    # printed, spaces aside
    ("Helen Zhou属于哪个党？", "HelenZhou是民主党人。", "民主党", "休士顿", ""),
])
def test_a_latin_name_the_article_never_prints(question, sentence, answer, article, why):
    assert _why(question, sentence, answer, article) == why
