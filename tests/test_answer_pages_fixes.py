"""Composer rules that real newspaper pages exposed (the pages suites' former xfails), one rule at a time."""

from __future__ import annotations

import pytest

from qa.answer.candidates import numbers, times
from qa.answer.features import question_sides
from qa.answer.question import analyze
from qa.normalize import fold


def _texts(folded: str, spans) -> list[str]:
    return [folded[s.start:s.end] for s in spans]


@pytest.mark.parametrize(("question", "slot"), [
    ("这是彭帅连续三届全运会获得的第几块金牌？", "第几块"),
    ("上海男排上一次问鼎全运会是在第几届？", "第几届"),
])
def test_an_ordinal_question_word_keeps_its_di(question, slot):
    info = analyze(question)
    assert info.wh_word == slot
    assert not info.left.endswith("第")


@pytest.mark.parametrize(("text", "amount"), [
    ("记者们上百次前往雄安新区", "上百次"),
    ("数十个村庄", "数十个"),
    ("近千人到场", "近千人"),
    ("依法判处郑某三年零六个月有期徒刑", "三年零六个月"),
    ("全程用了1小时20分钟", "1小时20分钟"),
    ("半个小时的庭审过程", "半个小时"),
    ("一个半小时后", "一个半小时"),
    ("刑期两年半", "两年半"),
])
def test_amounts_keep_their_approximation_and_both_units(text, amount):
    assert amount in _texts(text, numbers(text))


@pytest.mark.parametrize("text", ["上半年增长", "上一届冠军是谁"])
def test_no_half_year_or_last_time_as_an_amount(text):
    found = _texts(text, numbers(text))
    assert "半年" not in found and "上一届" not in found


def test_a_clock_time_with_a_chinese_numeral_hour():
    text = fold("小組會議安排在下午三時開始")
    assert "下午三时" in _texts(text, times(text))


def test_how_long_time_asks_a_duration():
    info = analyze("社区里的庭审过程持续了多长时间？")
    sides = question_sides(info)
    assert sides.grain and "小时" in sides.grain
