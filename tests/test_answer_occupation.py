"""What someone does for a living (occupation.py): "赵某是做什么的" ↔ "赵某是名包工头" → 包工头."""

from __future__ import annotations

import pytest

from qa.answer.occupation import occupation_asked, occupations


@pytest.mark.parametrize(("question", "who"), [
    ("被执行人赵某是做什么的？", "赵某"),
    ("他的父亲是干什么工作的？", "父亲"),
    ("赵某做了什么？", ""),  # a deed asked, not a trade
])
def test_the_person_whose_occupation_is_asked(question, who):
    assert occupation_asked(question) == who


@pytest.mark.parametrize(("text", "trades"), [
    ("事情的原委是这样的:被执行人赵某是名包工头,朱某常年跟着他务工。", ["包工头"]),
    ("赵某是一位退休教师。", ["退休教师"]),
    ("赵某是他的同乡,也在工地务工。", []),  # 的 inside: a relation, not a trade
    ("钱某是名包工头。", []),  # another person
])
def test_the_trade_after_the_copula(text, trades):
    assert [text[s.start:s.end] for s in occupations(text, "赵某")] == trades
