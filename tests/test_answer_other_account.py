"""A time or figure in a bracketed aside giving another account of the one printed right before it (other_account.py):
the value the sentence states answers, not the aside's."""

from __future__ import annotations

from candidates import candidate_in
from stories import engine_of

from qa.answer.other_account import stated_first
from qa.answer.question import analyze

_TOLD = "1932 年(在老华侨余海湘回忆录中说是 1929 年)斐济殖民政府颁发禁酒令,不准斐济人自由进出酒吧。"
_ASKED = "斐济殖民政府哪一年颁发禁酒令？"


def _time(sentence: str, text: str, score: float, sid: str = "a:0:0"):
    return candidate_in(sentence, text, kind="time", score=score, sid=sid)


def test_the_year_stated_before_the_aside_comes_first():
    kept = [_time(_TOLD, "1929 年", 11.5), _time(_TOLD, "1932 年", 9.1)]
    assert stated_first(kept, analyze(_ASKED))[0].text == "1932 年"


def test_a_gloss_in_brackets_is_left_alone():
    glossed = "咸丰十年(1860年)英法联军攻入北京。"
    kept = [_time(glossed, "1860年", 11.0), _time(glossed, "咸丰十年", 9.0)]
    assert stated_first(kept, analyze("英法联军哪一年攻入北京？"))[0].text == "1860年"


def test_an_aside_after_no_value_of_its_type_is_left_alone():
    other = "禁酒令(据回忆录说是 1929 年)由殖民政府颁发。"
    kept = [_time(other, "1929 年", 11.0), _time(_TOLD, "1932 年", 9.0, sid="a:0:1")]
    assert stated_first(kept, analyze(_ASKED))[0].text == "1929 年"


def test_the_engine_answers_the_year_stated():
    told = "1932年(在老华侨回忆录中说是1929年)白沙殖民政府颁发禁酒令,不准华人自由进出酒吧。"
    engine = engine_of([("禁酒案始末", [told, "这便是著名的禁酒案。"])], "o")
    got = engine.ask("白沙殖民政府哪一年颁发禁酒令？")
    assert not got.declined and got.text == "1932年"
