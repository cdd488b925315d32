"""A sentence that dates the asked event only by 同年 (same_year.year_told_before): its year is the one printed last
in the sentence before ("1999年冠佑正式加入五月天。" then "同年7月7日正式推出首张专辑"), not the year of another
sentence that tells a like event (compose.Composer._neighbours, reading back only)."""

from __future__ import annotations

import pytest
from stories import engine_of

from qa.answer.question import analyze
from qa.answer.same_year import year_told_before


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("五月天", ["1998年乐团签约滚石唱片，1999年冠佑正式加入乐团。同年7月7日乐团正式推出首张专辑《第一张创作专辑》。"
                   "2001年，乐团正式推出第二张专辑《人生海海》。"]),
    ]
    return engine_of(stories, "y")


def test_a_same_year_is_the_year_printed_last_before_it(engine):
    got = engine.ask("乐团的首张专辑《第一张创作专辑》是在哪一年正式推出的？")
    assert not got.declined and got.text == "1999年"
    assert "+neighbour" in got.rule and "同年7月7日" in got.evidence[0].sentence.text


@pytest.mark.parametrize(("question", "sentence", "told"), [
    ("首张专辑是在哪一年推出的？", "同年7月7日乐团正式推出首张专辑", True),
    ("首张专辑是在哪一年推出的？", "同年底至民國43年，乐团推出首张专辑", False),  # the year is printed
    ("首张专辑是在哪一年推出的？", "1999年，乐团于同年推出首张专辑", False),
    ("首张专辑是哪天推出的？", "同年7月7日乐团正式推出首张专辑", False),  # a day asked: 7月7日 tells it
])
def test_year_told_before(question, sentence, told):
    assert year_told_before(analyze(question), sentence) is told
