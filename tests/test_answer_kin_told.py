"""A relative told the way entries on historical people print it: the parent before 及其子, the sibling of the
clause opening with 弟为 (kin_told.py). Sentences of DRCD 6359 and CMRC TRIAL_142 (folded)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.kin_told import kin_told_first
from qa.answer.question import analyze

_FATHER = "清代有《康熙字典》纂修官史夔及其子文渊阁大学士史贻直等。"
_BROTHER = "魏玩,字玉汝,北宋襄阳邓城人,著名女词人,人称魏夫人,弟为北宋文人魏泰。"


def test_the_parent_before_the_child_mark_is_made_from_the_sentence():
    kept = [candidate_in(_FATHER, "文渊阁", "person"), candidate_in(_FATHER, "史贻直", "person")]
    got = kin_told_first(kept, analyze("史贻直的父亲是谁?"))
    assert (got[0].text, got[0].type) == ("史夔", "person")


def test_the_sibling_of_the_clause_opening_with_the_kin_word():
    kept = [candidate_in(_BROTHER, "玉汝", "person"), candidate_in(_BROTHER, "邓城人", "person"),
            candidate_in(_BROTHER, "魏泰", "person")]
    assert kin_told_first(kept, analyze("魏玩的弟弟是谁?"))[0].text == "魏泰"


def test_other_questions_and_other_children_are_left_alone():
    kept = [candidate_in(_FATHER, "文渊阁", "person")]
    assert kin_told_first(kept, analyze("康熙字典的纂修官是谁?")) == kept
    assert kin_told_first(kept, analyze("张三的父亲是谁?")) == kept  # the child after 及其子 is someone else
    kept = [candidate_in(_BROTHER, "玉汝", "person"), candidate_in(_BROTHER, "魏泰", "person")]
    assert kin_told_first(kept, analyze("魏泰的弟弟是谁?")) == kept  # the entry is 魏玩's, not 魏泰's
