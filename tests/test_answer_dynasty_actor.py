"""A dynasty that acts (被北周虏, 北齐亡) is no time for a when-question: the time its sentence prints answers
(dynasty_actor.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.dynasty_actor import past_actor
from qa.answer.question import analyze

# CMRC TRIAL_534_QUERY_4
_FREED = "承光元年（577年），北齐亡，被北周虏到皇宫当奴，杨坚当宰相时，才被释放出来，返回山东。"


def _kept() -> list:
    return [candidate_in(_FREED, "北周", kind="time", score=9.2), candidate_in(_FREED, "北齐", kind="time", score=9.1),
            candidate_in(_FREED, "承光元年（577年）", kind="time", score=9.0)]


def test_a_dynasty_that_acts_gives_way_to_the_year():
    assert past_actor(analyze("元皇后什么时候被释放出来的？"), _kept())[0].text == "承光元年（577年）"


def test_a_dynasty_asked_is_answered_by_one():
    assert past_actor(analyze("元皇后是被哪个朝代俘虏的？"), _kept())[0].text == "北周"


def test_a_dynasty_dating_the_deed_stays():
    sentence = "唐朝时,该寺被重建,明朝又毁于战火。"
    kept = [candidate_in(sentence, "唐朝", kind="time", score=9.0), candidate_in(sentence, "明朝", kind="time")]
    assert past_actor(analyze("该寺什么时候被重建？"), kept)[0].text == "唐朝"
