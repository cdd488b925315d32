"""Two values asked at once. "男子和女子的平均年收入分别是多少" ↔ "男子的平均年收入为31,875美元,女子的平均年收入为
23,235美元": 分别 before the question word asks each item's value; the answer runs from the best figure (or time) to
the next one of its type its sentence prints after it, both of them, not the first alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_BOTH_ASKED = re.compile(r"分别(?:是|为|有)?$")
_SENTENCE_END = re.compile(r"[。;；!?！？]")
_REACH = 40  # characters between the two values, at most


def both_values(best: Candidate, kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """`best` run on to the next value of its type in its sentence when the question asks 分别…多少/什么时候; None
    otherwise."""
    if info.qtype not in ("number", "when") or best.type not in ("number", "time") \
            or not _BOTH_ASKED.search(info.left):
        return None
    f = best.sentence.folded
    after = [c for c in kept if c.sentence.id == best.sentence.id and c.type == best.type
             and best.end < c.start <= best.end + _REACH and not _SENTENCE_END.search(f, best.end, c.start)]
    if not after:
        return None
    second = min(after, key=lambda c: c.start)
    return best.narrowed(best.start, second.end, "both")
