"""An anniversary asked of one founding, told of another (anniversary.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.anniversary import other_founding, owners_asked
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, near: str = "") -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "number")
    return other_founding(analyze(fold(question)), c, Surroundings(near=fold(near)))


@pytest.mark.parametrize(("question", "owners"), [
    ("中缅建交多少周年？", ["中缅"]),
    ("今年是中华医院成立的第几周年？", ["中华医院"]),
    ("明年是日本与东盟建立友好合作关系多少周年？", ["日本", "东盟"]),
    # the 和 inside a name parts no partners
    ("這次圖片展慶祝中華人民共和國成立多少周年？", ["中华人民共和国"]),
    # no anniversary asked
    ("中缅建交多少年？", []),
])
def test_owners_asked(question, owners):
    assert owners_asked(analyze(fold(question))) == owners


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("中缅建交多少周年？", "今年为中泰建交五十周年金禧纪念。", "五十周年"),
    ("今年是中华医院成立的第几周年？", "10月1日上午,中华人民共和国成立70周年庆祝大会隆重举行。", "70周年"),
    # one partner of the two not printed
    ("明年是日本与东盟建立友好合作关系多少周年？", "泰华进出口商会以成立150周年为新起点。", "150周年"),
])
def test_another_founding_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "near"), [
    ("今年是中泰建交多少周年？", "今年为中泰建交五十周年金禧纪念。", "五十周年", ""),
    ("這次圖片展慶祝中華人民共和國成立多少周年？", "中华人民共和国成立70周年庆祝大会隆重举行。", "70周年", ""),
    # whose founding is told just before the sentence
    ("中缅建交多少周年？", "今年迎来建交75周年。", "75周年", "中缅两国友谊"),
])
def test_the_founding_asked_stays(question, sentence, answer, near):
    assert _why(question, sentence, answer, near) == ""
