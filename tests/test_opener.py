"""A who-question opening with its question word takes the person who opens the best sentence, whose deeds its
clauses tell, over a later name they are done to (opener.py). Sentences written for these tests."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.opener import opener_first
from qa.answer.question import analyze
from qa.types import Candidate


def _people(text: str, *names: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=n, sentence=s, start=text.index(n), end=text.index(n) + len(n), type="person", score=1.0,
                      rule="type:person") for n in names]


_TEXT = "唐德刚将载漪比作四人帮,将刚毅比作林彪,将义和团比作红卫兵"


def test_the_person_opening_the_sentence_did_the_deed_asked():
    got = opener_first(_people(_TEXT, "林彪", "唐德刚"), analyze("哪一个人将义和团比喻为红卫兵?"))
    assert got[0].text == "唐德刚"


def test_a_time_may_stand_before_the_opener():
    text = "1252年蒙哥即位后推行中央集权化,在汉地等直辖地设置行中书省,分遣诸王分守各地"
    got = opener_first(_people(text, "诸王", "蒙哥"), analyze("谁在蒙古的直辖地设置行中书省?"))
    assert got[0].text == "蒙哥"


def test_not_when_the_question_word_does_not_open_the_question():
    got = opener_first(_people(_TEXT, "林彪", "唐德刚"), analyze("唐德刚将刚毅比作谁?"))
    assert got[0].text == "林彪"


def test_not_a_name_opening_a_modifier():
    text = "唐德刚的朋友将义和团比作红卫兵,将刚毅比作林彪"
    got = opener_first(_people(text, "林彪", "唐德刚"), analyze("哪一个人将义和团比喻为红卫兵?"))
    assert got[0].text == "林彪"
