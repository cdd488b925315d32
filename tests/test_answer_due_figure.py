"""A count of those who did the deed asked (出席) is not the count due to (应出席) (due_figure.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.due_figure import done_first
from qa.answer.question import analyze

_DUE = "市十四届人大五次会议应出席代表236人。"
_DONE = "当天的会议出席199人,出席人数符合法定人数。"


def _kept() -> list:
    return [candidate_in(_DUE, "236人", sid="a:3:0", score=10.0), candidate_in(_DONE, "199人", sid="a:3:1", score=8.2)]


def test_the_count_that_came_comes_first():
    assert done_first(_kept(), analyze("克拉玛依市十四届人大五次会议开幕当天出席多少人？"))[0].text == "199人"


def test_a_question_asking_who_was_due_keeps_the_order():
    assert done_first(_kept(), analyze("克拉玛依市十四届人大五次会议应出席多少人？"))[0].text == "236人"
