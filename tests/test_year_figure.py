"""The figure printed right after the year asked answers it, not the sentence's rounder figure (year_figure.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.year_figure import year_figure_first

_TEXT = "全市GDP迈上3000亿元台阶,由2012年的2199.9亿元增加到2016年的3100.87亿元,年均增长9%"


def _kept() -> list:
    return [candidate_in(_TEXT, "3000亿元", "number", sid="a:0:1", score=13.2),
            candidate_in(_TEXT, "3100.87亿元", "number", sid="a:0:1", score=11.4),
            candidate_in(_TEXT, "2199.9亿元", "number", sid="a:0:1", score=11.3)]


def test_the_figure_after_the_asked_year_comes_first():
    assert year_figure_first(_kept(), analyze("2016年岳阳市GDP是多少亿元？"))[0].text == "3100.87亿元"
    assert year_figure_first(_kept(), analyze("2012年岳阳市GDP是多少亿元？"))[0].text == "2199.9亿元"


def test_no_year_asked_or_a_year_not_printed_keeps_the_order():
    assert year_figure_first(_kept(), analyze("岳阳市GDP是多少亿元？"))[0].text == "3000亿元"
    assert year_figure_first(_kept(), analyze("2015年岳阳市GDP是多少亿元？"))[0].text == "3000亿元"


def test_a_figure_of_another_unit_after_the_year_is_no_answer():
    text = "1989年,在日中国人的登录人口为137499人,到了2007年增长为606889人,是1989年的4.4倍。"
    kept = [candidate_in(text, "137499人", "number", sid="a:0:1", score=14.9),
            candidate_in(text, "4.4倍", "number", sid="a:0:1", score=4.0)]
    assert year_figure_first(kept, analyze("1989年在日中国人的登录人口是多少？"))[0].text == "137499人"
