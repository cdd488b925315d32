"""The body a where-answer's place runs on into: "座谈会在北京海淀区妇女儿童活动中心四层会议室举行" answers with the
centre (海淀区妇女儿童活动中心, an organisation jieba read from the district on), not with the district alone: the
place is where the centre is, the centre where it was held."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import PUNCT
from ..types import Candidate
from .question import QuestionInfo


def venue_first(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The organisation of the best place's sentence that begins inside that place or right after it and ends
    after it (one name run on, no mark between), when a where-question's best is a place; else None."""
    if info.qtype != "where" or not kept or kept[0].type != "place":
        return None
    best = kept[0]
    f = best.sentence.folded
    for c in kept[1:]:
        if c.type == "org" and c.sentence.id == best.sentence.id and best.start < c.start <= best.end < c.end \
                and not any(ch in PUNCT for ch in f[best.start:c.end]):
            return c
    return None
