"""Counts of two nouns asked at once ("几个村和社区") are answered by both counts with their nouns, from the first
count to the second noun ("8个村、2个社区"), not by the one figure scored best (joined_counts.py)."""

from __future__ import annotations

import jieba.posseg
from candidates import candidate_in

from qa.answer.joined_counts import joined_counts
from qa.answer.question import analyze

# CMRC TRIAL_678_QUERY_1 and TRIAL_566_QUERY_1
_VILLAGES = "区划调整后为8个村、2个社区。"
_RACE = "男子100米是被视为本届奥运所有比赛项目最受人关注的比赛小项之一，比赛共有来自64个国家及地区的84名运动员参与。"


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def test_both_counts_with_their_nouns():
    got = joined_counts(candidate_in(_VILLAGES, "2个"), analyze("路口镇管辖下有几个村和社区？"), _pos)
    assert got is not None and got.text == "8个村、2个社区"


def test_the_second_noun_stops_before_the_questions_verb():
    got = joined_counts(candidate_in(_RACE, "64个"), analyze("男子100米跑共有多少国家和运动员参赛？"), _pos)
    assert got is not None and got.text == "64个国家及地区的84名运动员"


def test_one_noun_asked_is_left_alone():
    assert joined_counts(candidate_in(_VILLAGES, "8个"), analyze("路口镇管辖下有几个村？"), _pos) is None
