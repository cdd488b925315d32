"""A day asked, answered with the day and its hour: the time of the same sentence ending at that day answers
(day_not_hour.py)."""

from __future__ import annotations

from candidates import candidate_in
from stories import engine_of

from qa.answer.day_not_hour import day_first
from qa.answer.question import analyze

_TOLD = "刘泽民同志因病于2017年2月27日7时50分逝世,享年73岁。"


def test_the_day_with_its_year_comes_before_the_day_and_hour():
    hour = candidate_in(_TOLD, "2月27日7时50分", kind="time", score=11.0)
    day = candidate_in(_TOLD, "2017年2月27日", kind="time", score=9.0)
    assert day_first([hour, day], analyze("刘泽民是哪一天逝世的？"))[0].text == "2017年2月27日"


def test_an_hour_asked_keeps_the_hour():
    hour = candidate_in(_TOLD, "2月27日7时50分", kind="time", score=11.0)
    day = candidate_in(_TOLD, "2017年2月27日", kind="time", score=9.0)
    assert day_first([hour, day], analyze("刘泽民是哪一天几点逝世的？"))[0].text == "2月27日7时50分"
    assert day_first([hour, day], analyze("刘泽民是哪一年逝世的？"))[0].text == "2月27日7时50分"  # (no day asked)


def test_the_engine_answers_the_day():
    engine = engine_of([("王立明同志逝世", ["3月1日,白河市政协原主席王立明同志遗体告别仪式在白河举行。",
                                          "王立明同志因病于2017年2月27日7时50分逝世,享年73岁。"])], "h")
    got = engine.ask("白河市政协原主席王立明是哪一天逝世的？")
    assert not got.declined and got.text == "2017年2月27日"
