"""A thing asked by its noun after 哪 answered by a time alone is declined (time_for_thing.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.time_for_thing import time_for_thing
from qa.types import Candidate

_TEXT = "近日,省运会开幕式在荆州市体育中心举行,3月5日起比赛陆续展开。"


def _c(answer: str) -> Candidate:
    return candidate_in(_TEXT, answer, "slot", "slot")


@pytest.mark.parametrize("answer", ["近日", "3月5日"])
def test_a_time_is_no_stadium(answer):
    assert time_for_thing(analyze("省运会开幕式在哪个体育场举行？"), _c(answer)) == "decline:type"


@pytest.mark.parametrize(("question", "answer"), [
    ("省运会开幕式在哪个体育场举行？", "荆州市体育中心"),  # a place
    ("省运会开幕式在哪一天举行？", "3月5日"),  # a time asked
    ("省运会开幕式在哪个时期举行？", "近日"),
    ("省运会开幕式什么时候举行？", "近日"),
])
def test_left_alone(question, answer):
    assert time_for_thing(analyze(question), _c(answer)) == ""


# CMRC TRIAL_788 and DRCD 1194-13: the sentence tells when it was found or held, not where
@pytest.mark.parametrize(("text", "question", "answer"), [
    ("他在1937年发现浮龙的化石。", "浮龙化石在哪里发现的？", "1937年"),
    ("多伦多国际电影节则在9月举行。", "多伦多国际电影节和同性恋自豪节都会在哪边举行？", "9月"),
])
def test_a_time_is_no_place(text, question, answer):
    assert time_for_thing(analyze(question), candidate_in(text, answer, "place")) == "decline:type"


def test_a_place_is_left_alone():
    text = "多伦多国际电影节则在多伦多举行。"
    assert time_for_thing(analyze("多伦多国际电影节在哪边举行？"), candidate_in(text, "多伦多", "place")) == ""
