"""A purpose asked is answered by the clause a purpose marker opens, not by the whole sentence (purpose.py)."""

from __future__ import annotations

from qa.answer.purpose import purpose_span
from qa.answer.question import analyze


def _cut(sentence: str, question: str) -> str | None:
    got = purpose_span(sentence, analyze(question))
    return None if got is None else sentence[got[0]:got[1]]


def test_the_clause_after_weile_is_the_purpose():
    assert _cut("市政府为了缓解交通拥堵，修建了三条快速路", "市政府修建快速路的目的是?") == "缓解交通拥堵"


def test_yi_right_after_the_echoed_action_opens_the_purpose_before_another_weile():
    sentence = "为了应对干旱，县里修建水库以保障灌溉，又打了新井"
    assert _cut(sentence, "县里修建水库的目的是?") == "保障灌溉"


def test_no_purpose_cut_without_a_marker_or_when_no_purpose_is_asked():
    assert _cut("县里修建了水库，又打了新井", "县里修建水库的目的是?") is None
    assert _cut("市政府为了缓解交通拥堵，修建了三条快速路", "市政府修建了几条快速路?") is None
