"""A bare day, the month printed with it in the same sentence (month_day.py): "31日下午" gives way to the sentence's
"2015年12月31日" for a day asked; another day of the month, or a part of the day asked, keeps the best."""

from __future__ import annotations

from candidates import candidate_in
from stories import engine_of

from qa.answer.month_day import whole_day_first
from qa.answer.question import analyze

_TOLD = "2015年12月31日,为了让同学们高高兴兴地迎接新年的到来,师大一中31日下午专门举行了一场别开生面的游园活动。"


def _kept(sentence: str = _TOLD, whole: str = "2015年12月31日") -> list:
    return [candidate_in(sentence, "31日下午", kind="time", score=12.0),
            candidate_in(sentence, whole, kind="time", score=9.0)]


def test_the_day_printed_whole_comes_before_the_bare_day():
    assert whole_day_first(_kept(), analyze("师大一中的迎新游园活动是哪天举行的？"))[0].text == "2015年12月31日"


def test_another_day_or_a_part_of_the_day_asked_keeps_the_best():
    other = _TOLD.replace("2015年12月31日", "2015年12月30日")
    assert whole_day_first(_kept(other, "2015年12月30日"), analyze("游园活动是哪天举行的？"))[0].text == "31日下午"
    assert whole_day_first(_kept(), analyze("游园活动是哪天下午举行的？"))[0].text == "31日下午"


def test_the_engine_answers_the_whole_day():
    engine = engine_of([("师大一中举行迎新游园活动", [_TOLD])], "h")
    got = engine.ask("师大一中的迎新游园活动是哪天举行的？")
    assert not got.declined and "12月31日" in got.text
