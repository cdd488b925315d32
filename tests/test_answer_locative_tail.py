"""A what-answer ending with a locative or time word after its noun loses it (locative_tail.py): sentences written
for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.locative_tail import without_locative_tail
from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "sentence", "span", "rule", "answer"), [
    # the slot ran on into the frame 从…中 the sentence sets the thing in
    ("兽医是在医治什么的时候得到启示的？", "兽医从医治牛胃气膨胀中得到启示。", "牛胃气膨胀中", "slot", "牛胃气膨胀"),
    # the gap ran on into the time after the event the question asks
    ("宿舍自哪一个事件发生后开始入住学生？", "宿舍建成不久,文化大革命后即开始入住学生。", "文化大革命后",
     "sentence+gap", "文化大革命"),
    # 在…方面
    ("政府在哪一项支出的比例偏低？", "政府在公共教育经费方面的支出比例偏低。", "公共教育经费方面", "slot",
     "公共教育经费"),
])
def test_the_locative_after_the_noun_is_left_out(question, sentence, span, rule, answer):
    kind = "sentence" if rule.startswith("sentence") else "slot"
    got = without_locative_tail(candidate_in(sentence, span, kind, rule, score=0.0), analyze(question), pos_tags)
    assert got is not None and got.text == answer
    assert got.rule == rule + "+locative"


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # the question prints the same word right after its noun asked: the frame is the question's own
    ("稻谷在什么季节时可以收成？", "稻谷在秋季时可以收成。", "秋季时", "slot"),
    # a list's last item is left alone
    ("政府在哪些方面增加了支出？", "政府在教育、医疗方面增加了支出。", "教育、医疗方面", "slot+list"),
    # a who-question's answer is a person's, read by its own rules
    ("谁在会议中发言？", "王明在会议中发言。", "王明在会议中", "slot"),
])
def test_the_answer_is_kept_otherwise(question, sentence, span, rule):
    best = candidate_in(sentence, span, "slot", rule, score=0.0)
    assert without_locative_tail(best, analyze(question), pos_tags) is None
