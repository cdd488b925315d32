"""A day word with the date in brackets after it ("今日(7日)") is a time, shown once with its month (typed.py's
time patterns, dates.resolve_day)."""

from __future__ import annotations

from qa.answer.typed import times
from qa.dates import resolve_day


def test_a_day_word_glossed_in_brackets_is_a_time():
    text = "香港立法会选举今日(7日)举行"
    assert [text[s.start:s.end] for s in times(text)] == ["今日(7日)"]
    text = "他昨天(15日)上午表示"
    assert [text[s.start:s.end] for s in times(text)] == ["昨天(15日)上午"]


def test_the_bracketed_day_is_replaced_by_the_resolved_one():
    resolved = resolve_day("今日(7日)", "2025-12-07")
    assert resolved is not None and resolved.text == "今日（12月7日）"
    resolved = resolve_day("今日下午", "2025-12-07")
    assert resolved is not None and resolved.text == "今日（12月7日）下午"
