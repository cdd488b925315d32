"""A when-question whose sentence dates the event only by 年末 or 这个时期 (period_before.period_told_before): the
time is the one a sentence before prints (元熙元年), not the nearest time after it (元熙二年,…东晋灭亡)."""

from __future__ import annotations

import pytest
from stories import engine_of

from qa.answer.period_before import period_told_before
from qa.answer.question import analyze


@pytest.fixture(scope="module")
def engine():
    # DRCD 5759-11 (刘裕), folded to simplified script
    stories = [
        ("刘裕", ["元熙元年，刘裕进爵为宋王，又加十郡增益宋国，令宋国包括了二十郡。"
                 "年末刘裕又获加皇帝规格的的十二旒冕、天子旌旗等一系列特殊礼待。"
                 "元熙二年，刘裕入辅，傅亮知刘裕想要晋恭帝禅让帝位予他但难于启齿，于是代为向恭帝暗示，"
                 "恭帝于是在六月禅让帝位给刘裕，东晋灭亡，刘裕即位为帝，改国号为「宋」，改元永初。"]),
    ]
    return engine_of(stories, "p")


def test_the_year_before_a_year_end(engine):
    got = engine.ask("刘裕曾于什么时候获得十二旒冕等等一系列的特殊礼待？")
    assert not got.declined and got.text == "元熙元年" and "+neighbour" in got.rule


@pytest.mark.parametrize(("question", "sentence", "told"), [
    ("刘裕何时获得十二旒冕？", "年末刘裕又获加皇帝规格的的十二旒冕", True),
    ("哪一个时期出现了「支配者」与「奴隶」的关系？", "这个时期的同性恋文化是由「支配者」与「奴隶」的关系组成", True),
    ("刘裕何时获得十二旒冕？", "年末刘裕于1420年又获加十二旒冕", False),  # a year printed
    ("刘裕何时获得十二旒冕？", "刘裕于年末又获加十二旒冕", False),  # 年末 not opening the sentence
    ("谁获得了十二旒冕？", "年末刘裕又获加皇帝规格的的十二旒冕", False),  # not a when-question
])
def test_period_told_before(question, sentence, told):
    assert period_told_before(analyze(question), sentence) is told
