"""A sum asked (a noun ending in 额) is answered by the best sentence's figure in a currency, not the growth rate
printed first (amount_first.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.amount_first import amount_first
from qa.answer.question import analyze
from qa.normalize import fold

_TEXT = fold("其中,食品網購交易額同比增加17.4%,為6.9294萬億韓元;外賣平臺交易額同比增加20.5%,為7.0135萬億韓元。")


def _kept() -> list:
    return [candidate_in(_TEXT, "17.4%", "number", sid="a:0:1", score=9.9),
            candidate_in(_TEXT, "6.9294万亿韩元", "number", sid="a:0:1", score=9.7),
            candidate_in(_TEXT, "20.5%", "number", sid="a:0:1", score=9.0)]


def test_a_sum_asked_takes_the_figure_in_a_currency():
    assert amount_first(_kept(), analyze(fold("今年第一季南韓食品網購交易額是多少？")))[0].text == "6.9294万亿韩元"


def test_a_rate_asked_keeps_the_rate():
    assert amount_first(_kept(), analyze(fold("食品網購交易額同比增加了多少？")))[0].text == "17.4%"
    assert amount_first(_kept(), analyze(fold("食品網購交易額的增長率是多少？")))[0].text == "17.4%"
