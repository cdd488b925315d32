"""The units a how-much question's measured noun is told in (features.measured_units, lexicon.MEASURED): also
for a bound of the noun ("年龄上限是多少" is told in 岁) and for a paper's 发行量 (copies, not years)."""

from __future__ import annotations

import pytest

from qa.answer.features import measured_units
from qa.answer.policy import _wrong_unit
from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "unit"), [
    ("应聘该集团的年龄上限是多少?", "岁"),
    ("参赛者的年龄下限是多少?", "岁"),
    ("《东方省报》的发行量是多少？", "份"),
])
def test_the_measured_noun_gives_its_units(question, unit):
    assert unit in measured_units(analyze(question))


@pytest.mark.parametrize(("question", "answer"), [
    ("应聘该集团的年龄上限是多少?", "120人"),  # a count of posts is no age
    ("《东方省报》的发行量是多少？", "70年"),  # a count of years is no number of copies
    ("《報導者》一年的營運經費是多少？", "三萬多人"),  # 经费 is money: a count of fans is none (pages35.qa.yaml:284)
])
def test_another_unit_is_declined(question, answer):
    assert _wrong_unit(analyze(question), answer) == "decline:unit"


@pytest.mark.parametrize(("question", "answer"), [
    ("应聘该集团的年龄上限是多少?", "35周岁"),
    ("《东方省报》的发行量是多少？", "3万份"),
    ("《報導者》一年的營運經費是多少？", "3000萬元"),
])
def test_the_measured_unit_is_kept(question, answer):
    assert _wrong_unit(analyze(question), answer) == ""
