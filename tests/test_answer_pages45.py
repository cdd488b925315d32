"""Composer rules of the pages45 branch: a clause before the asked post (a time, an event attended, a matter spoken
on) says which holder, not which post (people.asked_post)."""

from __future__ import annotations

import pytest

from qa.answer.people import asked_post
from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "post"), [
    ("屯馬線通車時，港鐵行政總裁是誰？", "港铁行政总裁"),
    ("出席屯馬線通車儀式的行政會議召集人是誰？", "行政会议召集人"),
    ("就夏威夷大火發言的總統府發言人是誰？", "总统府发言人"),
    ("参加开幕式的市委副书记是谁？", "市委副书记"),
    ("临时党支部书记是谁？", "临时党支部书记"),  # 时 inside a word, no comma: no time clause
    ("出席会议的人是谁？", ""),  # no post asked
])
def test_a_clause_before_the_asked_post_is_left_out(question, post):
    assert asked_post(analyze(question)) == post

