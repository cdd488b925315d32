"""The context of the names a question's head noun asks for, read against each other. "哪一种气候" ↔ "东南沿海属
热带草原气候,…,其余地区属热带雨林气候": the names ending in the asked noun are untyped candidates, scored by their
source alone, so two in one sentence tie however differently the question's words surround them. The context
features that tell typed spans apart tell them apart too, but only relative to each other: the least surrounded
keeps the score it had, so a lone name (and every other source's candidate) is scored as before."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

# the features context_features (features.py) reads around a span, and how close the question's words are
CONTEXT = ("proximity", "ctx_left", "ctx_right", "ctx_any", "clause_share", "clause_verb", "verb_away", "fragment")


def relative_context(named: Sequence[MutableMapping[str, float]]) -> None:
    """Each context feature of these candidates (one sentence's) less its least value among them, in place; a
    lone candidate's are all 0."""
    for k in CONTEXT:
        values = [f.get(k, 0.0) for f in named]
        if not values:
            return
        least = min(values)
        for f, v in zip(named, values, strict=True):
            if v - least:
                f[k] = v - least
            else:
                f.pop(k, None)
