"""A change asked by its verb (跌了多少) is answered by the figure after a verb of that direction, not by the level
the sentence prints (change_figure.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.change_figure import change_first
from qa.answer.question import analyze

_TEXT = "澳门博彩监察协调局公布,上月博彩毛收入按月增加16.1%至34.82亿元(澳门元.下同),惟按年仍跌56.3%。"


def _kept() -> list:
    return [candidate_in(_TEXT, "34.82亿元", score=11.0), candidate_in(_TEXT, "16.1%", score=9.0),
            candidate_in(_TEXT, "56.3%", score=8.5)]


def test_the_fall_asked_comes_first():
    assert change_first(_kept(), analyze("澳门2022年12月博彩毛收入按年跌了多少?"))[0].text == "56.3%"


def test_the_rise_asked_takes_the_rise():
    assert change_first(_kept(), analyze("澳门12月博彩毛收入按月增加了多少?"))[0].text == "16.1%"


def test_a_level_asked_keeps_the_level():
    assert change_first(_kept(), analyze("澳门12月博彩毛收入是多少?"))[0].text == "34.82亿元"
