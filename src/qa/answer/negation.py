"""A yes/no question asked as 有没有 ("记者认为当局有没有通过任何示威申请") answered by a slot that holds 没有 ("…,
似乎|没有|任何示威申请得到当局|通过"): the sentence says no, and 没有 alone answers it — the words around it are the
question's own or lead up to it."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo

_ASKED = "有没有"
_NO = "没有"


def negation(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The last 没有 in a slot answering a 有没有 question; None when the question or the slot is otherwise."""
    if info.qtype != "yesno" or best.type != "slot" or _ASKED not in info.text:
        return None
    at = best.sentence.folded.rfind(_NO, best.start, best.end)
    if at < 0 or best.sentence.folded[at - 1:at] == "有":  # ("有没有" printed in the sentence asks, too)
        return None
    return best.narrowed(at, at + len(_NO), "negation")
