"""The source a which-question asks, named before the saying verb that opens the sentence (sayer.py)."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.answer.sayer import sayer_span
from qa.normalize import fold


def _said(question: str, sentence: str) -> str | None:
    f = fold(sentence)
    got = sayer_span(f, analyze(fold(question)))
    return None if got is None else f[got[0]:got[1]]


def test_the_book_before_its_saying_verb_answers_which_book_tells_it():
    # DRCD 2525-21-2 (the gap took 孤魂, after 指出)
    assert _said("在地球上遊蕩直至他如果沒有自殺而最終死亡的那一刻為止是在哪一部經典中所提到?",
                 "印度教經文指出，自殺者將成為孤魂，在地球上遊蕩直至他如果沒有自殺而最終死亡的那一刻為止。"
                 ) == "印度教经文"


def test_the_side_before_a_comma_and_its_verb_answers_whose_view_it_is():
    # DRCD 4911-13-1 (the gap took 認同和性傾向)
    assert _said("應避免有無法理解男性、女性性別角色差異之機會的是哪一方的觀點?",
                 "反對同性婚姻者，主張限制同志收養子女之自由，乃為保障子女利益、避免有無法理解男性、女性性別角色差異之機會，"
                 "而影響其性別認同和性傾向。") == "反对同性婚姻者"


def test_no_source_asked_or_none_opening_the_sentence():
    # the question asks a thing, not who tells it
    assert _said("哪一個奧運會是冷戰時期的首次奧運會?", "印度教經文指出，自殺者將成為孤魂。") is None
    # the saying verb does not follow the sentence's opening words
    assert _said("這是在哪一部經典中所提到?", "在現代印度教社會中，經文指出自殺等同於謀殺。") is None
