"""A what-answer printed right before 之一 is one of that kind, not the kind itself: "金厢银滩被誉为什么" ↔ "被誉为
“汕尾八景”之一的金厢银滩" — the beach is one of the 汕尾八景, so the answer shown is "“汕尾八景”之一", 之一 and all.
Only a name in quotes (a title conferred, a list's name): a bare noun before 之一 is a class the sentence goes on
describing ("美国国会两院之一", DRCD 6433-1-2, the answer no better for it)."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo

_OPEN, _CLOSE = "“「『\"《", "”」』\"》"


def one_of(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The what-answer in quotes widened over the 之一 printed right after it; None otherwise."""
    if info.qtype != "what" or "之一" in info.text:
        return None
    if not best.sentence.folded.startswith("之一", best.end):
        return None
    shown = best.sentence.text[best.start:best.end].strip()
    if not (shown[:1] in _OPEN and shown[-1:] in _CLOSE):
        return None
    return best.narrowed(best.start, best.end + 2, "one-of")
