"""A what- or definition-question answered by its whole sentence: the predicate after the subject's copula
(copula_predicate.py). Sentences from CMRC 2018 trial and DRCD test."""

from __future__ import annotations

from candidates import whole

from qa.answer.copula_predicate import copula_predicate
from qa.answer.question import analyze
from qa.normalize import fold

_THEORY = "易颉的理论是希望用尽使用者对一个字仓颉码所知的所有资讯，从而填补出完整的仓颉码。"
_INCOME = "阿森松島的收入來源為政府財政撥款。"
_RELIGION = "原始宗教多表現為對大自然的崇拜。"
_STATE = "纯品在室温下为白色晶状固体，可由乙酸铵失水获得。"
_ARROW = "节目名称后附加箭头（←或→）者，表示该节目为跨时段播出；"


def _cut(sentence: str, question: str) -> str | None:
    got = copula_predicate(whole(sentence), analyze(fold(question)))
    return None if got is None else got.text


def test_the_predicate_after_the_subject_s_copula_answers():
    assert _cut(_THEORY, "易颉的理论原理是什么？") == _THEORY[6:-1]
    assert _cut(_INCOME, "阿森松島的主要收入來源是什麼?") == "政府財政撥款"
    assert _cut(_RELIGION, "原始宗教大部分表現出什麼?") == "對大自然的崇拜"  # the verb the question repeats


def test_a_kind_asked_is_told_by_the_predicate_s_clause():
    assert _cut(_STATE, "乙酰胺在室温下是什么状态的？") == "白色晶状固体"


def test_no_cut_for_another_subject_s_copula_nor_a_whole_sentence_already_cut():
    assert _cut(_ARROW, "节目名称后附加箭头（←或→），是什么意思？") is None  # 该节目为…: not the question's subject
    assert copula_predicate(whole(_INCOME, 5, 16), analyze(fold("阿森松島的主要收入來源是什麼?"))) is None
    assert _cut(_INCOME, "阿森松島的主要收入來源在哪裡?") is None  # not a what-question
