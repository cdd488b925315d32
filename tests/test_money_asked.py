"""A fine or a donation asked is a sum of money: an answer in another unit is no amount (lexicon.MEASURED)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.features import measured_units
from qa.answer.policy import _bare_for_money
from qa.answer.question import analyze
from qa.normalize import fold


@pytest.mark.parametrize("question", [
    "在普拉托违规露天晾晒食物要罚款多少？",
    "蔡玉玲被判罰款多少？",
    "慈善晚宴筹得的善款有多少？",
    "这次活动收到捐款多少？",
])
def test_a_fine_or_a_donation_is_money(question):
    units = measured_units(analyze(fold(question)))
    assert "元" in units and "个月" not in units


def test_a_donation_asked_after_the_question_word_is_no_edition():
    sentence = fold("11月2日,满地可中华医院基金会隆重举办第29届慈善筹款晚宴。")
    best = candidate_in(sentence, "第29届", "number")
    assert _bare_for_money(analyze(fold("慈善晚宴一共筹得多少善款？")), best) == "decline:unit"


@pytest.mark.parametrize("question", ["沙巴客家大廈耗資多少？", "这座大桥耗资多少？"])
def test_a_cost_is_money(question):
    # pages75: "沙巴客家大廈耗資多少" was answered with an age (九十一歲) from the sentence naming the building
    units = measured_units(analyze(fold(question)))
    assert "元" in units and "岁" not in units
