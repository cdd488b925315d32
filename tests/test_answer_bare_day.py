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


@pytest.mark.parametrize(("text", "day"), [
    ("由副主席李卓彬率领的中国侨联代表团21日与开普敦侨界举行座谈", "21日"),
    ("外交部发言人18日在例行记者会上表示", "18日"),
])
def test_a_bare_day_after_its_subject_before_what_happened(text, day):
    f = fold(text)
    assert day in [f[s.start:s.end] for s in times(f)]


def test_a_count_of_days_before_a_verb_is_no_day():
    f = fold("展期共21日,吸引了上万人")  # no preposition or verb of the day's event after it
    assert "21日" not in [f[s.start:s.end] for s in times(f)]


def test_an_approximate_multiple_keeps_its_duo():
    from qa.answer.typed import numbers
    f = fold("中国经济规模如今已是日本的两倍多,日本经济对中国的依赖程度在逐年加深")
    assert "两倍多" in [f[s.start:s.end] for s in numbers(f)]
    f = fold("价格涨了3倍,多家企业受影响")  # 多 of the next clause is no part of it
    assert "3倍" in [f[s.start:s.end] for s in numbers(f)]
