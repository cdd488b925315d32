"""The noun a count asks and the sentences that may count it (neighbour_count.py): a figure of a sentence that never
prints the noun counted does not stop the nearest sentences of the best one from being read, and a price asked by 钱
is told in its currency, never beside 钱."""

from __future__ import annotations

import pytest
from stories import engine_of

from qa.answer.neighbour_count import counted_noun, may_count
from qa.answer.question import analyze


def test_the_noun_counted():
    assert counted_noun(analyze("马拉松有多少名跑者参加？")) == "跑者"
    assert counted_noun(analyze("1亩地多少钱？")) == ""  # a price: no noun counted
    assert counted_noun(analyze("会议持续了多长时间？")) == ""  # a duration
    assert counted_noun(analyze("会议在哪里召开？")) == ""  # no count
    info = analyze("马拉松有多少名跑者参加？")
    assert may_count(info, "1.5万名跑者冲过起跑线") and not may_count(info, "另一位选手说")


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("牧民的秋天", ["天高云淡、草香袭人,在白石县花园乡东湖草场,牧民们正忙着打草。",
                        "“1亩地28元,每天能收割100亩以上。”牧民李大山说。"]),
        ("春日花开", ["2月23日上午,2025青河花海马拉松鸣枪开跑。",
                      "随着发令枪响,1.5万名跑者冲过起跑线,奔跑在花海之中。",
                      "另一位来自外地的青河花海马拉松爱好者王五说:“能来真好。”"]),
    ]
    return engine_of(stories, "c")


@pytest.mark.parametrize(("question", "figure"), [
    ("在白石县花园乡东湖草场打草,1亩地多少钱？", "28元"),  # the next sentence's price: 钱 is never printed beside it
    ("2025青河花海马拉松有多少名跑者？", "1.5万名"),  # not stopped by another sentence's 一位, which counts no 跑者
])
def test_the_figure_of_the_next_sentence_answers(engine, question, figure):
    got = engine.ask(question)
    assert not got.declined and figure in got.text


def test_a_noun_after_no_measure_word_is_measured_not_counted():
    info = analyze("公务邮票若供个人使用,可罚多少金额的罚款？")
    assert may_count(info, "违者处以300美元罚款")
