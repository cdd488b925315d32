"""A who-question opening with its question word takes the person whose own clause goes on to tell the deed asked,
over a person whose clause tells none of it (deed_clause.py). Sentences written for these tests."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.deed_clause import deed_clause_first
from qa.answer.question import analyze
from qa.types import Candidate


def _people(text: str, *names: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=n, sentence=s, start=text.index(n), end=text.index(n) + len(n), type="person", score=1.0,
                      rule="type:person") for n in names]


_TEXT = "建中二年,为吐蕃占领,唐宣宗大中二年,沙州人士张议潮募兵集众起义,经过血战夺回敦煌城"


def test_the_person_whose_clause_tells_the_deed():
    got = deed_clause_first(_people(_TEXT, "唐宣宗", "张议潮"), analyze("谁带众起义重新夺回敦煌城?"))
    assert got[0].text == "张议潮"


def test_a_setting_may_stand_before_the_question_word():
    question = analyze("唐建中二年,为吐蕃占领。谁带众起义重新夺回敦煌城?")
    got = deed_clause_first(_people(_TEXT, "唐宣宗", "张议潮"), question)
    assert got[0].text == "张议潮"


def test_not_when_the_best_ones_clause_holds_the_deeds_words():
    text = "根据《突厥语大词典》的作者麻赫穆德在他的著作里记载:基马克与乌古斯人的突厥语有一个分别"
    got = deed_clause_first(_people(text, "麻赫穆德", "基马克"), analyze("何人编写了《突厥语大词典》?"))
    assert got[0].text == "麻赫穆德"


def test_not_when_the_question_word_does_not_open_its_clause():
    got = deed_clause_first(_people(_TEXT, "唐宣宗", "张议潮"), analyze("起义的领袖是谁?"))
    assert got[0].text == "唐宣宗"
