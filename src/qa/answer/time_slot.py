"""A time in a person's slot: "哪位拉脫維亞總理" ↔ "|11月初|的拉脫維亞首都里加…" — the anchors close in on a date or
time, which names no one. A question asking a person (and not a time) takes no such slot answer; the sentence is
kept for its other candidates."""

from __future__ import annotations

from collections.abc import Sequence

from .typed import times


def time_for_person(folded: str, start: int, end: int, expects: Sequence[str]) -> bool:
    """[start, end) of the folded sentence is wholly a date or time, and the question asks a person, not a time."""
    if "person" not in expects or "time" in expects or end <= start:
        return False
    return any(sp.start == 0 and sp.end == end - start for sp in times(folded[start:end]))
