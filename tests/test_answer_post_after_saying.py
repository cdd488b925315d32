"""A post asked with the holder's quoted saying before it (people._ACT_BEFORE_POST): the saying tells which holder,
not which post. Questions written for these tests."""

from __future__ import annotations

from qa.answer.people import asked_post
from qa.answer.question import analyze


def test_the_quoted_saying_before_the_post_is_not_part_of_it():
    assert asked_post(analyze("说“华人到了哪儿，哪儿的经济就蒸蒸日上”的经济学教授是谁？")) == "经济学教授"
    assert asked_post(analyze("喊出「不要让孩子输在起跑线」的校长是谁？")) == "校长"


def test_a_post_without_a_saying_is_read_as_before():
    assert asked_post(analyze("出席屯马线通车仪式的行政会议召集人是谁？")) == "行政会议召集人"
