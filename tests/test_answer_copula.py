"""The other side of a copula a question asks one side of ("什么东西为X?", "X名为什么?"): sentences written for these
tests."""

from __future__ import annotations

import pytest

from qa.answer.copula import other_side
from qa.answer.question import analyze
from qa.normalize import fold


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the question gives the subject, the sentence the predicate: the predicate answers
    ("什么东西为早期的电话信号？", "早期的电话信号为模拟信号，传输距离较短。", "模拟信号"),
    # the question gives the predicate, the sentence puts it after the copula: the subject answers
    ("这所大学的非正式简称名为什么？", "浙大为这所大学的非正式简称，校友多用此名。", "浙大"),
    ("这种打法称作什么？", "这种打法称作“快攻结合弧圈”。", "快攻结合弧圈"),
])
def test_the_side_of_the_copula_the_question_does_not_hold(question, sentence, answer):
    folded = fold(sentence)
    q = analyze(question).text
    assert [folded[s.start:s.end] for s in other_side(folded, q)] == [fold(answer)]


@pytest.mark.parametrize(("question", "sentence"), [
    ("欧洲第一高峰为？", "该山海拔5642米，同时为欧洲第一高峰。"),  # an adverb is no side
    ("这尊佛又称之为什么？", "这尊佛是五方佛之一。"),  # a name asked is not told by 是
    ("他在比赛中获得了什么？", "他是本届比赛的冠军。"),  # no copula asked
])
def test_no_other_side_where_the_copula_names_nothing(question, sentence):
    folded = fold(sentence)
    assert other_side(folded, analyze(question).text) == []
