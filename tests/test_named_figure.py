"""The figure printed right after the place asked in another sentence answers it, when the best figure's sentence
never names that place (place_figure.named_figure_first): "三亚共接待游客40.74万人次" is the city's whole, "其中,
博后村接待1.07万人次" the village's asked."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.place_figure import named_figure_first
from qa.answer.question import analyze

_WHOLE = "数据显示,元旦假日期间,三亚共接待游客40.74万人次。"
_PARTS = "其中,博后村接待1.07万人次,大茅远洋生态村接待0.2万人次。"


def _kept() -> list:
    return [candidate_in(_WHOLE, "40.74万人次", sid="a:0:1", score=13.1),
            candidate_in(_PARTS, "1.07万人次", sid="a:0:2", score=9.7),
            candidate_in(_PARTS, "0.2万人次", sid="a:0:2", score=9.4)]


def test_the_figure_after_the_asked_place_in_another_sentence_comes_first():
    assert named_figure_first(_kept(), analyze("元旦假日博后村接待游客多少万人次？"))[0].text == "1.07万人次"


def test_no_place_asked_before_a_figure_keeps_the_order():
    assert named_figure_first(_kept(), analyze("元旦假日三亚接待游客多少万人次？"))[0].text == "40.74万人次"
