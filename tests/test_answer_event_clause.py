"""A time asked in the cleft "是何时…的" is shown with the event it dates (event_clause.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.event_clause import with_event
from qa.answer.question import analyze


def _shown(question: str, sentence: str, time: str) -> str | None:
    found = with_event(candidate_in(sentence, time, "time"), analyze(question))
    return None if found is None else found.text


@pytest.mark.parametrize(("question", "sentence", "time", "shown"), [
    ("马飚是何时步入政界的？", "1994年,马飚出任中共北海市委书记助理,步入政界。", "1994年",
     "1994年,马飚出任中共北海市委书记助理,步入政界"),
    ("尤金袋鼠最初是何时被发现的？", "尤金袋鼠最初是于1628年船难的生还者在西澳发现的。", "1628年",
     "1628年船难的生还者在西澳发现"),
    ("蒋巨峰是何时加入中国共产党的？", "1982年7月加入中国共产党,1985年毕业。", "1982年7月", "1982年7月加入中国共产党"),
])
def test_the_event_dated(question, sentence, time, shown):
    assert _shown(question, sentence, time) == shown


@pytest.mark.parametrize(("question", "sentence", "time"), [
    ("泰王国国徽是何时启用的？", "泰王国国徽于1910年启用。", "1910年"),  # a lone verb after the time
    ("中国的第一张邮票是何时开始发行的？", "中国的第一张邮票于1878年1月发行。", "1878年1月"),
    ("德国的第一枚邮票则是何时发行的？", "德国的第一枚邮票于1849年11月1日由巴伐利亚王国发行。", "1849年11月1日"),
    ("马飚什么时候步入政界？", "1994年,马飚出任中共北海市委书记助理,步入政界。", "1994年"),  # no cleft
    ("马飚是何时步入政界的？", "1994年,马飚出任助理。他后来步入政界。", "1994年"),  # the event in another sentence
])
def test_the_time_alone(question, sentence, time):
    assert _shown(question, sentence, time) is None


def test_a_day_of_the_news_alone():
    # a relative day is dated by the page and shown bare (test_dated_answers.py)
    assert _shown("全省科技大会是什么时候召开的？", "11日下午,全省科技大会在杭州召开。", "11日下午") is None
