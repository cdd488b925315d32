"""A person named again by the surname alone, jieba reading the surname and the preposition after it as a name
("由副总统李宗仁「代行」总统职权,李于1月21日正式接任…": 李|于 before a date): the person the sentence named before
with that surname answers, whole."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import SURNAMES
from ..types import Candidate
from .front import to_front

_PREPOSITIONS = "于於"


def named_before_first(kept: Sequence[Candidate]) -> list[Candidate]:
    """`kept` (best first) with the earlier full name of the best one's sentence moved first, when the best is a
    surname and a preposition before a figure ("李于|1月21日")."""
    kept = list(kept)
    if not kept:
        return kept
    best = kept[0]
    f = best.sentence.folded
    text = f[best.start:best.end]
    if best.type != "person" or len(text) != 2 or text[0] not in SURNAMES or text[1] not in _PREPOSITIONS \
            or not f[best.end:best.end + 1].isdigit():
        return kept
    full = next((c for c in kept if c.type == "person" and c.sentence.id == best.sentence.id and c.end <= best.start
                 and len(c.text) >= 2 and f[c.start:c.end].startswith(text[0])), None)
    return to_front(kept, full)
