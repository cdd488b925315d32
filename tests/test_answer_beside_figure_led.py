"""A figure asked right after the question's phrase (three characters or more, or its 每-phrase) printed right
before the figure in the sentence, with no copula between (beside.led): which of a clause's figures is asked."""

from __future__ import annotations

from qa.answer.beside import phrase_beside
from qa.answer.question import analyze
from qa.normalize import fold


def _beside(question: str, sentence: str, span: str) -> float:
    info = analyze(question)
    s = fold(sentence)
    start = s.index(fold(span))
    return phrase_beside(info.left, info.right, s, start, start + len(fold(span)), info.qtype != "when",
                         info.qtype not in ("when", "number"))


def test_the_whole_growth_not_a_parts():
    q = "全县农林牧渔业总产值比上年增长多少？"
    s = "全县农林牧渔业总产值55.2亿元,比上年增长4.1%,其中牧业总产值20.1亿元,增长2.4%。"
    assert _beside(q, s, "4.1%") > _beside(q, s, "2.4%") == 0


def test_the_size_of_each_not_the_count():
    q = "那块建地上的联排康斗每套多大？"
    s = "该建地正在申请37套联排康斗,每套1850平方英尺。"
    assert _beside(q, s, "1850") > _beside(q, s, "37套") == 0


def test_not_for_a_name_nor_a_short_phrase():
    # a name asked keeps the apposition rule (its owner's noun phrase), and a verb of two characters tells nothing
    q = "去年产值增长多少？"
    s = "去年产值55.2亿元,增长4.1%。"
    assert _beside(q, s, "4.1%") == 0
