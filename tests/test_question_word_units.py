"""Measure words that also open common nouns (口, 班, 面, 楼; lexicon.WORD_OPENING_UNITS): after 几/多少 they are
the measure asked ("几口井" counts wells, "幾班" flights, "幾面銅牌" medals, "几楼" a floor), unless they make a
dictionary word with the next character ("多少面積的國土" asks an area, "多少口罩" a count of masks)."""

import pytest

from qa.answer.question import analyze
from qa.answer.typed import numbers


@pytest.mark.parametrize("question, unit", [
    ("澳門鄧姓一家幾口來台旅遊？", "口"),
    ("村里打了几口井？", "口"),
    ("馬高航線包機每周維持幾班？", "班"),
    ("兩人在世界乒乓球錦標賽奪得幾面銅牌？", "面"),
    ("段绍斌在医院几楼的手术室做手术？", "楼"),
])
def test_the_measure_word_is_the_unit_asked(question, unit):
    info = analyze(question)
    assert (info.qtype, info.unit) == ("number", unit)


@pytest.mark.parametrize("question", [
    "根據凡爾賽條約，德國失去了多少面積的國土?",
    "僑總同仁為澳門與內地搜購了多少口罩等物資？",
    "这个小区有多少楼盘？",
    "学校有多少班级？",
])
def test_a_noun_it_opens_is_what_is_counted(question):
    assert analyze(question).unit == ""


def test_a_count_in_such_a_measure_word_is_a_number_span():
    text = "村里新打了3口井，每周维持5班包机。"
    found = {text[s.start:s.end] for s in numbers(text)}
    assert {"3口", "5班"} <= found
