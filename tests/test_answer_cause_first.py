"""Why-questions answered by a sentence's first clause when the next restates the question (cause_first.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_first import cause_first
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    return Candidate(text=text, sentence=sentence_of(text), start=0, end=len(text), type="sentence", score=1.0,
                     rule="sentence")


def test_the_first_clause_before_the_restated_effect():
    got = cause_first(_whole("北方的人口较南方多出许多,所以主宰众议院"),
                      analyze("19世纪上半叶,北方为何得以主宰众议院?"))
    assert got is not None and got.text == "北方的人口较南方多出许多" and got.rule.endswith("+cause")
    got = cause_first(_whole("隔年蒙哥汗在合州的钓鱼城之战战死,忽必烈等人停止南征,北返夺位"),
                      analyze("忽必烈等人为何突然停止南征,北返夺位?"))
    assert got is not None and got.text == "隔年蒙哥汗在合州的钓鱼城之战战死"


def test_not_a_later_clause_nor_a_marked_opening_nor_another_question():
    # (two clauses before the effect: CMRC's answers keep both)
    assert cause_first(_whole("鸦片战争爆发时,又捐助军需银八万两,得赏戴花翎,封为道员头衔"),
                       analyze("潘仕成为何被封为道员头衔?")) is None
    assert cause_first(_whole("由于肃宗年幼,所以金氏得以影响朝政"), analyze("为什么金氏能影响朝政?")) is None
    assert cause_first(_whole("北方的人口较南方多出许多,所以主宰众议院"), analyze("北方在哪一年主宰众议院?")) is None
