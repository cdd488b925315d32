"""A when-question answered by a sentence that names the event only by pointing back to it (event.event_told_before:
"这场战争…"): the time is the one the sentence before prints, not that of another event told after it."""

from __future__ import annotations

import pytest
from stories import engine_of

from qa.answer.event import event_told_before
from qa.answer.question import analyze


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("瓦剌", ["1449年7月1日，瓦剌部首领也先率三路大军发动了对明王朝的战争。"
                 "这场战争与其说是明朝与瓦剌的战争，不如说是明朝与「蒙古部落联盟」的战争。"
                 "1457年，明朝与瓦剌议和，战争结束。"]),
    ]
    return engine_of(stories, "e")


def test_the_time_of_an_event_pointed_back_to(engine):
    got = engine.ask("明朝与「蒙古部落联盟」的战争在哪一年爆发？")
    assert not got.declined and got.text.startswith("1449年") and "+neighbour" in got.rule


@pytest.mark.parametrize(("question", "sentence", "told"), [
    ("战争在哪一年爆发？", "这场战争与其说是明朝与瓦剌的战争", True),
    ("战争在哪一年爆发？", "这场战争于次年结束", False),  # a time printed
    ("战争在哪一年爆发？", "当时明朝与瓦剌交战", False),  # 当时: not a pointer to an event
    ("谁发动了战争？", "这场战争与其说是明朝与瓦剌的战争", False),  # not a when-question
])
def test_event_told_before(question, sentence, told):
    assert event_told_before(analyze(question), sentence) is told
