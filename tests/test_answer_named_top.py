"""A figure whose sentence never prints the place the question names gives way to a figure of the best sentence
holding the question, which prints it (named_top.py)."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger

from qa.answer.named_top import top_named_first
from qa.answer.question import analyze

_TOP = "其中阜阳机场的旅客吞吐量最少,去年只有1186人,全年起降航班50架次。"
_OTHER = "年旅客吞吐量在1000万人次以上的机场为10个,北京、上海和广州三大城市机场旅客吞吐量占到35.1%。"
_TAG = dict_tagger({"阜阳": "ns", "机场": "n", "旅客": "n", "吞吐量": "n"})


def _kept() -> list:
    return [candidate_in(_OTHER, "1000万人次", sid="a:0:4", score=11.0),
            candidate_in(_OTHER, "10个", sid="a:0:4", score=9.8),
            candidate_in(_TOP, "1186人", sid="a:0:5", score=8.9)]


def test_the_top_sentences_figure_comes_first_when_it_alone_names_the_place():
    kept = _kept()
    info = analyze("阜阳机场2007年旅客吞吐量是多少？")
    assert top_named_first(kept, info, kept[2].sentence, _TAG)[0].text == "1186人"


def test_a_question_naming_no_place_keeps_the_order():
    kept = _kept()
    info = analyze("2007年旅客吞吐量最少的机场吞吐量是多少？")
    assert top_named_first(kept, info, kept[2].sentence, _TAG)[0].text == "1000万人次"
