"""A when-question answered with a moment a 的-phrase describes ("在…的关键时期召开") gives way to a day printed
among the best candidates (described_moment.py)."""

from __future__ import annotations

from candidates import candidate_in
from stories import engine_of

from qa.answer.described_moment import dated_first
from qa.answer.question import analyze

_SAID = "领导指出这次党代会是在进入新发展阶段的关键时期召开的一次重要会议。"
_DATED = "党代会召开前,11月10至11日,市委召开多场座谈会。"


def _time(sentence: str, text: str, score: float, sid: str):
    return candidate_in(sentence, text, kind="time", score=score, sid=sid)


def test_the_day_comes_before_the_moment_described():
    kept = [_time(_SAID, "关键时期", 11.0, "a:0:3"), _time(_DATED, "11月10至11日", 9.5, "a:0:0")]
    got = dated_first(kept, analyze("市委座谈会是什么时候召开的？"), lambda c: 1.0)
    assert got[0].text == "11月10至11日"


def test_a_period_asked_or_a_weaker_sentence_keeps_the_moment():
    kept = [_time(_SAID, "关键时期", 11.0, "a:0:3"), _time(_DATED, "11月10至11日", 9.5, "a:0:0")]
    assert dated_first(kept, analyze("党代会是在哪个时期召开的？"), lambda c: 1.0)[0].text == "关键时期"
    cov = {"a:0:3": 1.0, "a:0:0": 0.6}
    got = dated_first(kept, analyze("市委座谈会是什么时候召开的？"), lambda c: cov[c.sentence.id])
    assert got[0].text == "关键时期"


def test_the_engine_answers_the_day():
    engine = engine_of([("市委召开座谈会征求意见", [
        "市第五次代表大会召开前,11月10至11日,白河市委召开多场座谈会,征求各界代表对市第五次党代会报告的意见建议。",
        "与会领导认真听取各场座谈会上代表发言,并就党代会报告有关情况与大家讨论交流,"
        "指出这次党代会是在进入新发展阶段的关键时期召开的一次十分重要的大会。"])], "d")
    got = engine.ask("白河市委就党代会报告征求意见的座谈会是什么时候召开的？")
    assert not got.declined and got.text == "11月10至11日"
