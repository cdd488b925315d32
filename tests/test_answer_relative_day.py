"""Another day named as 今天/明天/昨天 or by its weekday than the one asked (relative_day.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.relative_day import other_relative_day
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    return other_relative_day(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "number"))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # today's low asked, tomorrow morning's given
    ("今天我市最低气温预计是多少？", "明早天氣清涼，市區最低氣溫約 17 度，新界會再低兩三度；", "17 度"),
    # Friday's asked, Sunday's given
    ("周五的气温是多少度？", "周日最高气温21度。", "21度"),
])
def test_another_day_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:date"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("今天我市最低气温预计是多少？", "今天最低气温17度,明天回升。", "17度"),
    ("今天我市最低气温预计是多少？", "今(27)日最低气温17度。", "17度"),
    # a sentence naming no day: other rules read it
    ("周五的气温是多少度？", "最高气温约21度。", "21度"),
    ("星期天的气温是多少度？", "周日最高气温21度。", "21度"),
])
def test_the_day_asked_or_none_stays(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
