"""The place a verb of arrival or going names (arrival.py): "在哪里登陆" ↔ "登陆围头澳,", "在哪里进行宣导" ↔
"前往危险水域三栈溪进行宣导"."""

from __future__ import annotations

import pytest

from qa.answer.arrival import arrival_places, asked_arrival, deed_places
from qa.answer.question import analyze
from qa.normalize import fold


@pytest.mark.parametrize(("question", "verb"), [
    ("台风“海燕”在哪里登陆？", "登陆"),
    ("台风海燕登陆哪里？", "登陆"),
    ("代表团抵达了哪里？", "抵达"),
    ("台风“海燕”在哪里造成损失？", ""),  # no verb of arrival
    ("台风海燕哪天登陆？", ""),  # not a where-question
])
def test_the_verb_of_arrival_asked(question, verb):
    assert asked_arrival(analyze(question)) == verb


@pytest.mark.parametrize(("text", "verb", "places"), [
    ("9号台风“海燕”登陆石狮港,全市平均雨量达200毫米", "登陆", ["石狮港"]),
    ("代表团于昨日抵达北京后,即开始访问", "抵达", ["北京"]),
    ("代表团抵达后,即开始访问", "抵达", []),  # no object
    ("台风登陆了", "登陆", []),
])
def test_the_place_after_a_verb_of_arrival(text, verb, places):
    f = fold(text)
    assert [f[s.start:s.end] for s in arrival_places(f, verb)] == places


@pytest.mark.parametrize(("question", "text", "places"), [
    ("消防分队在哪里进行防溺宣导？", "消防分队于9日前往辖内危险水域梅溪进行防溺宣导。", ["辖内危险水域梅溪"]),
    ("消防分队在哪里进行防溺宣导？", "消防分队于9日在梅溪进行防溺宣导。", []),  # no verb of going (the slot's)
    ("消防分队在哪里进行防溺宣导？", "消防分队前往梅溪。随后进行防溺宣导。", []),  # not right before the deed
])
def test_the_place_gone_to_right_before_the_deed_asked(question, text, places):
    f = fold(text)
    assert [f[s.start:s.end] for s in deed_places(f, analyze(question))] == places
