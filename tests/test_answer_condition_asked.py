"""A condition asked (在什么样的情况下…) answered by the 时/的时候 clause before its predicate (condition_asked.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.condition_asked import condition_told
from qa.answer.question import analyze

# DRCD 5428-2-3 and 5428-1-2, folded
_BLAST = "过氧乙醚沸点更高,并且在干燥的时候可能发生爆炸。"
_STABLE = "乙醚亦是一种用途非常广泛的极性有机溶剂,与空气隔绝时相当稳定。"


def test_the_condition_clause_before_the_predicate_answers():
    slot = candidate_in(_BLAST, "沸点更高", "slot", "slot")
    got = condition_told(slot, analyze("过氧乙醚在什么样的情况下有可能发生爆炸?"))
    assert got is not None and got.text == "干燥" and got.rule == "slot+condition"
    slot = candidate_in(_STABLE, "用途", "slot", "slot")
    got = condition_told(slot, analyze("乙醚在哪一种状态下时非常稳定?"))
    assert got is not None and got.text == "与空气隔绝"


def test_no_condition_frame_or_another_predicate_is_left_alone():
    slot = candidate_in(_BLAST, "沸点更高", "slot", "slot")
    assert condition_told(slot, analyze("过氧乙醚有什么特性?")) is None
    # the clause's predicate is not the question's: nothing is told of the condition asked
    assert condition_told(slot, analyze("过氧乙醚在什么样的情况下会溶于水?")) is None
