"""A model's code (X-15) is no amount: the amount asked is the sentence's figure that is no code (code_figure.py);
the figure a code's letters and hyphen run into is read with them (typed.numbers)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.code_figure import amount_over_code
from qa.answer.question import analyze
from qa.answer.typed import numbers
from qa.normalize import fold

# DRCD 3385-1-5
_PLANE = "相對之下，最快的飛機是美國空軍的X-15在1967年創造的，它的速度只有7,920公里/小時。"


def test_the_figure_of_a_hyphened_code_is_read_with_its_letters():
    folded = fold(_PLANE)
    assert "x-15" in [folded[sp.start:sp.end] for sp in numbers(folded)]


def test_an_amount_asked_is_no_code():
    kept = [candidate_in(_PLANE, "X-15", score=9.0), candidate_in(_PLANE, "7,920公里/小時", score=8.0)]
    assert amount_over_code(kept, analyze("目前最快的飛機時速多少?"))[0].text == "7,920公里/小時"


def test_a_code_asked_stays():
    kept = [candidate_in(_PLANE, "X-15", score=9.0), candidate_in(_PLANE, "7,920公里/小時", score=8.0)]
    assert amount_over_code(kept, analyze("最快的飛機的型號是多少?"))[0].text == "X-15"
