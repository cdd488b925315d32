"""Why-questions about a name answered by the clause that explains it after the naming one (cause_named_after.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_named_after import cause_named_after
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    return Candidate(text=text, sentence=sentence_of(text), start=0, end=len(text), type="sentence", score=1.0,
                     rule="slot+sentence")


def test_the_clause_after_the_name_explains_it():
    got = cause_named_after(_whole("1235年窝阔台汗命拔都等人发起蒙古第二次西征,史称拔都西征,总指挥为拔都"),
                            analyze("蒙古第二次西征为什么被称为拔都西征?"))
    assert got is not None and got.text == "总指挥为拔都" and got.rule.endswith("+cause")


def test_a_name_given_last_or_a_title_taken_keeps_the_sentence():
    assert cause_named_after(_whole("15岁就以传统晋剧《教子》誉满三晋,被称为“金嗓子”"),
                             analyze("王爱爱为什么被称为“金嗓子”?")) is None
    assert cause_named_after(_whole("足利高氏早已不满北条氏专制政权,途中倒戈天皇,号称「勤王」,领兵反抗幕府"),
                             analyze("足利高氏为何倒戈天皇,并且号称「勤王」?")) is None
