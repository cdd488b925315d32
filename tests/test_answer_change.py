"""A change asked by how much is answered by no duration (change.py): "租金上涨了多少" ↔ "等待了六年"."""

from __future__ import annotations

import pytest

from qa.answer.change import change_asked, is_duration
from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "asked"), [
    ("他们一家的租金上涨了多少？", True),
    ("今年的收入增加多少？", True),
    ("房价下降了多少？", True),
    ("租金上涨了多少年？", False),  # a unit after 多少: a duration is asked
    ("租金上涨了多久？", False),
    ("他们一家等待了多少年？", False),  # no change asked
    ("有多少人参加了游行？", False),
])
def test_a_change_asked_by_how_much(question, asked):
    assert change_asked(analyze(question)) == asked


@pytest.mark.parametrize(("text", "duration"), [
    ("六年", True), ("3个月", True), ("两个半小时", True), ("10 天", True),
    ("50元", False), ("一半", False), ("20%", False), ("1200个单位", False),
])
def test_a_duration_alone(text, duration):
    assert is_duration(text) == duration
