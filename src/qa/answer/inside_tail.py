"""A where-answer that ends in 境内 after its place ("位在斯洛伐克境內" → "斯洛伐克境內", "今淮安區境內"): 境内 says
the place holds it, it is no part of the place's name, so the answer is the place before it (DRCD's golds are:
斯洛伐克, 淮安區); "在哪一个国家境内" asks the place before it too. Not when under two characters would be left."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo

_TAIL = "境内"


def without_inside_tail(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The where-answer without its closing 境内, or None."""
    if info.qtype != "where" or best.type not in ("place", "slot"):
        return None
    f = best.sentence.folded
    cut = best.end - len(_TAIL)
    if f[cut:best.end] != _TAIL or cut - best.start < 2:
        return None
    return best.narrowed(best.start, cut, "inside")
