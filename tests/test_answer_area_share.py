"""An area asked may be told as a share of a whole (lexicon.MEASURED["面积"]): "二度烫伤面积约多少" ↔ "约40%"."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.types import Candidate


def _candidate(sentence: str, answer: str) -> Candidate:
    return candidate_in(sentence, answer, "number")


@pytest.mark.parametrize(("sentence", "answer", "rule"), [
    ("民众胸部及四肢有二度烫伤约40%", "约40%", ""),  # a share of the body
    ("起火的铁皮屋约120平方米", "约120平方米", ""),
    ("火场中3人受伤", "3人", "decline:unit"),  # a count of people is no area
])
def test_an_area_may_be_a_share(sentence, answer, rule):
    assert inconsistent(analyze("火场逃出的民众二度烫伤面积约多少？"), _candidate(sentence, answer)) == rule
