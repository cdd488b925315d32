"""Guards of precedence.put_first's labelled figures: a figure after a shorter echo of the question's label does
not displace the best one printed after a longer echo, and a listed label's figure counts in the unit asked."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.precedence import put_first
from qa.answer.question import analyze


def test_the_longer_label_keeps_its_figure():
    whole = "二、农业 2023年,全县农林牧渔业总产值55.2亿元,比上年增长4.1%。"
    part = "牧业总产值20.1亿元,增长2.4%;"
    kept = [candidate_in(whole, "4.1%", sid="a:3:1", score=11.9), candidate_in(part, "2.4%", sid="a:3:3", score=8.1)]
    assert put_first(kept, analyze("2023年宜章县农林牧渔业总产值比上年增长多少？"))[0].text == "4.1%"


def test_a_listed_label_of_another_unit_is_not_taken():
    text = "据悉,本次“新华文轩杯”中小学生田径比赛共64支队伍、1140名运动员参加,26日至28日,他们分别在资阳中学开展角逐。"
    kept = [candidate_in(text, "1140名", score=10.4), candidate_in(text, "64支", score=9.7)]
    assert put_first(kept, analyze("“新华文轩杯”中小学生田径比赛共有多少名运动员参加？"))[0].text == "1140名"
