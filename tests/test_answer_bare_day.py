"""A bare day of the month after a preposition of time (typed.times): "而在16日委员会封门事件后", "于8日抵达"."""

from __future__ import annotations

import pytest

from qa.answer.typed import times
from qa.normalize import fold


@pytest.mark.parametrize(("text", "day"), [
    ("而在16日委员会封门事件后,朝野对立升温", "16日"),
    ("代表团于8日抵达北京", "8日"),
])
def test_a_bare_day_after_a_preposition_of_time(text, day):
    f = fold(text)
    assert day in [f[s.start:s.end] for s in times(f)]


@pytest.mark.parametrize(("text", "not_a_day"), [
    ("工程须在3日内完成", "3日"),  # a span of days
    ("在15日以前提交", "15日"),
    ("共有16日委员会会议记录", "16日"),  # no preposition before it
    ("在5号线换乘", "5号"),  # 号 numbers a thing as often as a day
])
def test_no_bare_day_without_the_preposition_or_as_a_span(text, not_a_day):
    f = fold(text)
    assert not_a_day not in [f[s.start:s.end] for s in times(f)]
