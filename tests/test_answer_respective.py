"""分别 with the values first (respective.py): "X和Y这两天,将分别迎来A和B" pairs X with A, Y with B."""

from __future__ import annotations

from qa.answer.respective import values_first_other
from qa.answer.spans import Span


def _days(text, *days):
    return [Span(text.find(d), text.find(d) + len(d), "time", "time") for d in days]


def test_the_value_paired_with_the_item_not_asked_is_left_out():
    text = "9月25日和11月26日这两天,学校将分别迎来省教育厅和国家教育部的专家组,进行评估。"
    days = _days(text, "9月25日", "11月26日")
    other = values_first_other(text, days, "省教育厅专家组哪天来校评估？", ("time",))
    assert [text[s.start:s.end] for s in other] == ["11月26日"]
    other = values_first_other(text, days, "国家教育部专家组哪天来校评估？", ("time",))
    assert [text[s.start:s.end] for s in other] == ["9月25日"]


def test_no_pairing_when_the_counts_differ_or_the_question_names_neither():
    text = "9月25日和11月26日,学校分别迎来省教育厅、国家教育部和市教育局的专家组。"
    assert values_first_other(text, _days(text, "9月25日", "11月26日"), "省教育厅哪天来？", ("time",)) == set()
    text = "9月25日和11月26日,学校分别迎来省教育厅和国家教育部的专家组。"
    assert values_first_other(text, _days(text, "9月25日", "11月26日"), "专家组哪天来？", ("time",)) == set()
