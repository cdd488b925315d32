"""The reordering the figure and year rules share: a later candidate of the best one's own sentence, which the
wording of the question or sentence marks as the answer, goes first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..types import Candidate
from .front import to_front


def sibling_first(kept: Sequence[Candidate], fits: Callable[[Candidate], bool]) -> list[Candidate]:
    """`kept` (best first) with the first later candidate of the best's sentence that `fits` moved to the front;
    `kept` as it is when none does."""
    kept = list(kept)
    if kept:
        best = kept[0]
        for c in kept[1:]:
            if c.sentence.id == best.sentence.id and fits(c):
                return to_front(kept, c)
    return kept
