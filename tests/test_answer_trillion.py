"""兆, the trillion Taiwan's papers count budgets in ("1.25兆軍購特別預算"): a magnitude glued to its number, as
万 and 亿 are, and no unit of its own ("1兆倍" counts in 倍)."""

from __future__ import annotations

from qa.answer.policy import _counted
from qa.answer.typed import numbers


def test_a_trillion_stays_with_its_number():
    s = "赖清德总统26日宣布将编列1.25兆军购特别预算。"
    assert "1.25兆" in [s[n.start:n.end] for n in numbers(s)]


def test_a_trillion_is_a_magnitude_not_the_unit_counted():
    assert _counted("1兆倍", ("倍",))
    assert not _counted("1兆元", ("倍",), bare=False)
