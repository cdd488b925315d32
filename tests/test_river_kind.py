"""A river asked ("哪一条河", "哪个河流") is answered by a place named as water, not by the province or county it
runs through (kinds.RIVER_ASKED): questions written for these tests."""

from __future__ import annotations

import pytest

from qa.answer.kinds import asked_kind, fits
from qa.answer.question import analyze


@pytest.mark.parametrize("question", [
    "甲市与乙市之间隔着哪一条河?",
    "这座城市位于哪一个河流的入海口?",
    "两省以什么江为界?",
])
def test_a_river_asked(question):
    assert asked_kind(analyze(question)) == "river"


@pytest.mark.parametrize("question", [
    "这座城市位于哪条河畔?",  # a place by the river is asked
    "这座城市位于哪个省?",
])
def test_no_river_asked(question):
    assert asked_kind(analyze(question)) != "river"


@pytest.mark.parametrize(("text", "river"), [
    ("松花江", True), ("沮水", True), ("帕塔普斯科河", True),
    ("黑龙江省", False), ("马里兰州", False), ("勉县", False),
])
def test_a_river_is_named_as_water(text, river):
    assert fits("river", text) is river
