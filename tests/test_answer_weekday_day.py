"""A weekday with its day of the month in brackets after it ("周三(25日)", Hong Kong's and Taiwan's style) is a
time candidate (typed._TIME_RES), so "在星期三哪一天發表" is answered with it."""

from __future__ import annotations

from qa.answer.typed import times


def _times(text: str) -> list[str]:
    return [text[sp.start:sp.end] for sp in times(text)]


def test_a_weekday_with_its_day_in_brackets_is_a_time():
    assert "周三(25日)" in _times("新一份《财政预算案》即将在周三(25日)发表")
    assert "本周三(25日)" in _times("会议于本周三(25日)举行")
