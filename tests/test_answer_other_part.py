"""A figure asked of one event of a games, told of another (other_part.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.other_part import other_part
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    return other_part(analyze(fold(question)), candidate_in(sentence, fold(answer), "number"), Surroundings())


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("省运会田径比赛10月28日共决出多少枚金牌？", "本次省运会皮划艇、赛艇项目将决出75枚金牌。", "75枚"),
    ("省运会皮划艇、赛艇项目将决出多少枚金牌？", "其中青少年体育项目共设29个竞赛大项,产生759枚金牌;", "759枚"),
])
def test_another_part_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the part asked is printed
    ("省运会田径比赛共决出多少枚金牌？", "省运会田径项目共决出23枚金牌。", "23枚"),
    # the sentence names no other part
    ("省运会田径比赛共决出多少枚金牌？", "昨日共决出23枚金牌。", "23枚"),
    # a pronoun's or a numeral's part is no other one
    ("三峡工程项目的总投资是多少？", "这个项目的总投资为2000亿元。", "2000亿元"),
])
def test_the_part_asked_or_none_stays(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
