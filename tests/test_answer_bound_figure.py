"""A count of things the question bounds by a figure of its own ("不足1万人次的机场有几个") is the one whose clause
prints that figure, not a better scored count of another threshold (bound_figure.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.bound_figure import bound_figure_first
from qa.answer.question import analyze

_TOP = "年旅客吞吐量在1000万人次以上的机场为10个,北京、上海和广州三大城市机场旅客吞吐量占到全部机场旅客吞吐量的35.1%。"
_LOW = "公报显示,去年我国内地民用航空定期航班通航机场148个,其中7个机场的年旅客吞吐量不足1万人次。"


def _kept() -> list:
    return [candidate_in(_TOP, "10个", sid="a:0:4", score=9.8), candidate_in(_LOW, "148个", sid="a:0:2", score=8.6),
            candidate_in(_LOW, "1万人次", sid="a:0:2", score=8.5), candidate_in(_LOW, "7个", sid="a:0:2", score=8.4)]


def test_the_count_whose_clause_prints_the_asked_figure_comes_first():
    info = analyze("2007年年旅客吞吐量不足1万人次的机场有几个？")
    assert bound_figure_first(_kept(), info)[0].text == "7个"


def test_the_best_printing_the_asked_figure_stays():
    info = analyze("年旅客吞吐量在1000万人次以上的机场有几个？")
    assert bound_figure_first(_kept(), info)[0].text == "10个"


def test_a_question_naming_no_figure_keeps_the_order():
    assert bound_figure_first(_kept(), analyze("2007年通航机场有几个？"))[0].text == "10个"


def test_a_figure_naming_a_thing_is_no_threshold():
    # "61岁老人的追悼会有多少人…": the age names whose funeral it is, the count is of the mourners
    text = "一位61岁老人的追悼会早早就开场了,12只花圈、12只花篮,30多人给老人送行。"
    kept = [candidate_in(text, "30多人", score=9.0), candidate_in(text, "一位", score=7.0)]
    assert bound_figure_first(kept, analyze("61岁老人的追悼会有多少人给老人送行？"))[0].text == "30多人"
