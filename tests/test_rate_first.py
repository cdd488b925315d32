"""A share asked is answered by the best sentence's figure in %, not a count printed first (rate_first.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.rate_first import rate_first

_TEXT = "各县市已完工并网的渔电共生案场有393件,但仅查核122件、占比约31%,其中通过者37件"


def _kept() -> list:
    return [candidate_in(_TEXT, "393件", "number", sid="a:0:1", score=9.9),
            candidate_in(_TEXT, "122件", "number", sid="a:0:1", score=9.7),
            candidate_in(_TEXT, "约31%", "number", sid="a:0:1", score=9.0)]


def test_a_share_asked_takes_the_figure_in_percent():
    assert rate_first(_kept(), analyze("审计部查核的渔电共生案场占比约多少？"))[0].text == "约31%"
    assert rate_first(_kept(), analyze("渔电共生案场的查核率是多少？"))[0].text == "约31%"


def test_a_count_asked_keeps_the_order():
    assert rate_first(_kept(), analyze("已完工并网的渔电共生案场有多少？"))[0].text == "393件"
