"""A who-question naming a year ("出席…2018年…会议的水利部副部长是谁") is told by a sentence that prints no year
when its headline or the text just before it prints the year asked (people_answer._in_year); a sentence printing
another year still is not."""

from __future__ import annotations

from qa.answer.people_answer import _in_year
from qa.normalize import fold


def test_a_sentence_with_no_year_under_a_headline_of_the_year_asked_tells_of_it():
    near = fold("水利部召开2018年水文工作会议")
    assert _in_year(["2018"], fold("水利部副部长叶建春出席会议并讲话。"), near)


def test_a_sentence_printing_the_year_asked_tells_of_it():
    assert _in_year(["2011"], fold("2011年,奥巴马任美国总统。"), "")
    assert _in_year(["1994"], fold("一九九四年他任市长。"), "")


def test_a_sentence_printing_another_year_does_not():
    near = fold("水利部召开2018年水文工作会议")
    assert not _in_year(["2018"], fold("2017年的会议由副部长主持。"), near)


def test_a_sentence_with_no_year_and_nothing_before_it_of_that_year_does_not():
    assert not _in_year(["2018"], fold("水利部副部长叶建春出席会议并讲话。"), fold("水利部召开水文工作会议"))
