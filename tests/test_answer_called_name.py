"""The name a sentence calls by the question's quoted words answers where/who (called_name.py)."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.called_name import called_name
from qa.answer.question import analyze

# DRCD 6005-1-3, folded
_TURIN = "杜林是一国际化的欧洲城市,杜林有时被称为「义大利自由的摇篮」、「阿尔卑斯之都」、「萨沃亚之都」。"


def test_the_subject_of_the_calling_verb_before_the_quotation_answers():
    typed = candidate_in(_TURIN, "阿尔卑斯", "place", "type:place")
    got = called_name(typed, analyze("「義大利自由的搖籃」指的是何處?"), pos_tags)
    assert got is not None and got.text == "杜林" and got.rule.endswith("+called")


def test_no_quotation_asked_or_the_subject_answered_keeps_the_answer():
    typed = candidate_in(_TURIN, "阿尔卑斯", "place", "type:place")
    assert called_name(typed, analyze("义大利自由的摇篮指的是何处?"), pos_tags) is None
    subject = candidate_in(_TURIN, "杜林", "place", "type:place")
    assert called_name(subject, analyze("「義大利自由的搖籃」指的是何處?"), pos_tags) is None
    # a quotation printed after no calling verb: "萨沃亚之都" follows "、「"
    assert called_name(typed, analyze("「萨沃亚之都」指的是何处?"), pos_tags) is None


def test_the_name_after_bei_calls_and_is_not_called():
    # DRCD 6373-23-2, folded: 王保保 is 「当世奇男子」, 朱元璋 the one who called him so
    text = "明太祖曾多次写信招降,但王保保从不理会,被朱元璋称为「当世奇男子」。"
    typed = candidate_in(text, "王保保", "person", "type:person")
    assert called_name(typed, analyze("「當世奇男子」指的是誰?"), pos_tags) is None
