"""A gap answer after the echoed predicate where the question asks its subject (gap_side.py): declined."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.gap_side import subject_after_predicate
from qa.answer.question import analyze


def test_a_run_after_the_echoed_words_is_no_subject():
    best = candidate_in("韓國農民的收入水平較高，人均年收入1.35萬美元。", "農民的收入水平", "term", "sentence+gap+np")
    assert subject_after_predicate(best, analyze("哪一職業在韓國的人均年收入為1.35萬美元？"))


@pytest.mark.parametrize(("sentence", "span", "question", "rule"), [
    # the run before the echoed predicate: the subject
    ("韓國農民的收入水平較高，人均年收入1.35萬美元。", "農民", "哪一職業的收入水平較高?", "sentence+gap"),
    # a passive question asks what the active sentence prints after its verb
    ("1272年,英格蘭國王愛德華一世在倫敦禁止燃燒海煤。", "海煤", "哪一個在英格蘭十分普遍的燃料於1272年時被禁止燃燒?",
     "sentence+gap"),
    # the question asks an object (its question word late), and no gap answer
    ("韓國農民的收入水平較高，人均年收入1.35萬美元。", "農民的收入水平", "在韓國人均年收入為1.35萬美元的職業是哪一個？",
     "sentence+gap"),
    ("韓國農民的收入水平較高，人均年收入1.35萬美元。", "農民的收入水平", "哪一職業在韓國的人均年收入為1.35萬美元？",
     "head"),
])
def test_kept(sentence, span, question, rule):
    assert not subject_after_predicate(candidate_in(sentence, span, "term", rule), analyze(question))


def test_a_run_of_the_kind_asked_stays():
    best = candidate_in("在測試的第一個階段中，開發者通常會進行白盒測試。", "第一個階段", "term", "sentence+gap")
    assert not subject_after_predicate(best, analyze("開發者通常會在哪一階段的測試中進行白盒測試？"))
