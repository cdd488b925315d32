"""A count of years after a word of duration is no year: the year of the same sentence answers 哪一年
(span_of_years.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.span_of_years import year_not_span_first

_TEXT = "这是自2012年以来,贵州粮食产量连续9年稳定在千万吨以上。"


def _kept() -> list:
    return [candidate_in(_TEXT, "9年", "time", sid="a:0:1", score=12.8),
            candidate_in(_TEXT, "2012年", "time", sid="a:0:1", score=10.7)]


def test_the_year_answers_over_a_span_of_years():
    assert year_not_span_first(_kept(), analyze("贵州粮食产量从哪一年以来稳定在千万吨以上？"))[0].text == "2012年"


def test_a_year_not_asked_or_no_duration_word_keeps_the_order():
    assert year_not_span_first(_kept(), analyze("贵州粮食产量稳定在千万吨以上多久了？"))[0].text == "9年"
    text = "民国9年,2012年版的地图上标出了该村。"
    kept = [candidate_in(text, "9年", "time", sid="a:0:1", score=12.8),
            candidate_in(text, "2012年", "time", sid="a:0:1", score=10.7)]
    assert year_not_span_first(kept, analyze("该村是哪一年建的？"))[0].text == "9年"
