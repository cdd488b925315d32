"""A count of years after a word of duration is no year: the year of the same sentence answers 哪一年
(span_of_years.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.span_of_years import span_answers_when, year_not_span_first

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


# DRCD 1193-2-1 and 1193-91-1's sentences (韓國): a count of years for any when-question
_TERM = "韩国总统由韩国国民通过直接选举的方式选出,任期为5年,而且不能连任。"
_ELECTED = "韩国总统作为国家元首拥有最高行政权,自1987年起由韩国国民直接选举产生。"
_DECADE = "网络游戏业在韩国是个发展迅速的产业,1998年-2008年间,年均增长率在20%以上,产业规模在十年间增加八倍。"


def test_a_count_of_years_gives_way_to_a_time_for_any_when_question():
    asked = analyze("在什么时间之前韩国的总统不是由国民选出来的？")
    kept = [candidate_in(_TERM, "5年", "time", sid="a:0:1", score=8.5),
            candidate_in(_ELECTED, "1987年", "time", sid="a:0:2", score=7.5)]
    assert year_not_span_first(kept, asked)[0].text == "1987年"  # the runner-up, a time of another sentence
    kept = [candidate_in(_DECADE, "十年间", "time", sid="a:0:1", score=7.7),
            candidate_in(_DECADE, "1998年-2008年", "time", sid="a:0:1", score=7.1)]
    asked = analyze("2008年韩国网络游戏业的价值至少是何时的百分之一百二十？")
    assert year_not_span_first(kept, asked)[0].text == "1998年-2008年"  # the sentence's own time


def test_a_count_of_years_left_alone_is_declined():
    asked = analyze("在什么时间之前韩国的总统不是由国民选出来的？")
    assert span_answers_when(asked, candidate_in(_TERM, "5年", "time")) == "decline:unit"
    assert span_answers_when(analyze("韩国总统任期多少年？"), candidate_in(_TERM, "5年", "number")) == ""
    # a year of an era, a year printed whole: no count of years
    assert span_answers_when(asked, candidate_in("民国30年,该村建成。", "30年", "time")) == ""
    assert span_answers_when(asked, candidate_in(_ELECTED, "1987年", "time")) == ""
