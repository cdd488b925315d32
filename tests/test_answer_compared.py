"""A likeness or relation asked ("X与哪一个Y相似") is no enumeration: rest_items offers no item the question
leaves out (compared.py). Sentences written for these tests, after DRCD's."""

from __future__ import annotations

import pytest

from qa.answer.compared import compared
from qa.answer.short import rest_items


@pytest.mark.parametrize("question", [
    "中国五星红旗的外观和内涵与哪一个国旗相似?",
    "下萨克森邦的文化多样性与什么事情有关?",
    "波你尼梵语与哪一门语言非常相似?",
    # DRCD 6491-1-1: the 、 lists the parts of a modifier, not items beside the one asked
    "旨在保护环境、推进生态环境健康的宽泛的社会运动和哪一主义有关?",
])
def test_a_likeness_or_relation_is_compared(question):
    assert compared(question)


@pytest.mark.parametrize("question", [
    "长沙、桂阳、零陵以及哪里?",  # a list named
    "长沙、桂阳和哪里有关?",  # a list named right before the joint
    "臺灣目前的兩大產業為服務業和哪一產業?",  # no word of likeness
    "除了A和哪一个国家有关,还有什么?",  # a list question's words
])
def test_a_list_question_is_not_compared(question):
    assert not compared(question)


def test_no_item_left_out_for_a_likeness():
    s = "五星红旗的颜色、布局及内涵与苏联国旗相仿,五角星为社会主义国家常用标志。"
    question = "中国五星红旗的外观和内涵与哪一个国旗相似?"
    assert rest_items(s, [], question) == []
    # the same sentence for a list question still gives the items left out
    assert rest_items(s, [], "五星红旗的颜色、布局以及什么与苏联国旗相仿?")
