"""A share asked is answered by a share. "案场占比约多少" ↔ "…有393件,但仅查核122件、占比约31%": a question asking a
rate or a share (率, 比例, 比重, 占比) before its question word takes the figure in % of the best sentence, not a count
the sentence prints first (which the policy declines for its unit)."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .agreement import ASKED_AMOUNT
from .policy import RATE_ASKED, RATES
from .question import QuestionInfo
from .sibling import sibling_first


def rate_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the best sentence's first figure in a rate moved to the front, when a rate is
    asked and the best figure is none."""
    kept = list(kept)
    if info.qtype != "number" or info.unit or not kept or not RATE_ASKED.search(ASKED_AMOUNT.sub("", info.left)):
        return kept
    best = kept[0]
    if best.text.rstrip().endswith(RATES):
        return kept
    return sibling_first(kept, lambda c: c.type == "number" and c.text.rstrip().endswith(RATES))
