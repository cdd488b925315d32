"""Moving the candidate a rule prefers to the front of the ranked list (the composer answers with the first)."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate


def to_front(kept: Sequence[Candidate], first: Candidate | None) -> list[Candidate]:
    """`kept` with `first` moved to the front (found by identity); `kept` unchanged when `first` is None."""
    return list(kept) if first is None else [first] + [c for c in kept if c is not first]
