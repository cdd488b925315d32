"""A list question answered by its whole sentence: the enumeration's items without the sentence's frame
(list_frame.py). Sentences from CMRC 2018 trial."""

from __future__ import annotations

from dataclasses import replace

from candidates import whole

from qa.answer.list_frame import list_without_frame
from qa.answer.question import analyze
from qa.normalize import fold

_CHILDREN = "子女有阿部定高（长男）、阿部正春（次男）、女儿（松平忠倶正室）、女儿（松平近陈正室）。"
_SITES = ("东关街的另一特色，是保留有多处文物古迹，其中个园、逸圃（东关街356号）列为全国重点文物保护单位，"
          "武当行宫（东关街300号）、冬荣园被列为江苏省文物保护单位。")
_EFFECTS = "常见副作用有站著时会低血压、耳鸣、对阳光过敏等，潜在的严重副作用则有电解质不平衡、低血压以及丧失听力。"


def _cut(sentence: str, question: str, rule: str = "slot+list") -> str | None:
    got = list_without_frame(replace(whole(sentence), rule=rule), analyze(fold(question)))
    return None if got is None else got.text


def test_the_items_without_the_frame_the_question_restates():
    assert _cut(_CHILDREN, "阿部重次的子女有哪些？") == _CHILDREN[3:-1]  # the last bracket kept


def test_the_items_that_are_the_subject_of_the_question_s_predicate():
    assert _cut(_SITES, "东关街哪些地方被列为全国重点文物保护单位？") == "个园、逸圃（东关街356号）"


def test_no_cut_for_two_lists_neither_before_the_question_s_predicate_nor_for_a_list_not_given_whole():
    assert _cut(_EFFECTS, "呋塞米的常见副作用有哪些？") is None  # CMRC's gold is the whole sentence
    assert _cut(_CHILDREN, "阿部重次的子女有哪些？", rule="slot") is None
    assert _cut(_CHILDREN, "阿部重次的子女是谁？") is None  # not a list question
