"""A who-question asking someone's relative is not answered by a name printed as the owner of another relation
(kin_owner.py). The sentence of DRCD's test set (6221-11-2: 保罗·狄拉克) and of CMRC 2018's trial set (TRIAL_422)."""

from __future__ import annotations

import pytest

from qa.answer.kin_owner import kin_owner
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_WIFE = ("」在1960年代，馬爾吉特曾對喬治•伽莫夫與安東•卡普里都提到過他丈夫確實曾這麼說到："
         "「請允許我介紹維格納的妹妹，現在是我的妻子。")
_DAUGHTER = "”后来朝廷走访王蕴的女儿王法慧，容貌品德美好，于是推举王法慧应选皇后。"


def _c(name: str, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", 1.0, "type:person")


def test_the_owner_of_another_relation_is_declined():
    assert kin_owner(analyze("狄拉克的妻子是誰?"), _c("維格納", _WIFE)) == "decline:kin"


@pytest.mark.parametrize(("question", "name", "text"), [
    ("王法慧是谁的女儿？", "王蕴", _DAUGHTER),  # the relation asked: the owner a whose-question asks
    ("王蕴的父亲是谁？", "王法慧", _DAUGHTER),  # no relation printed after the answer
    ("王法慧的父亲是谁？", "王蕴", "王蕴的女儿王法慧入宫。"),  # the inverse relation, of the question's own X
    ("狄拉克是做什么的?", "維格納", _WIFE),  # no relative asked
])
def test_kept(question, name, text):
    assert kin_owner(analyze(question), _c(name, text)) == ""
