"""A why-question answered by a sentence of no cause marker whose first clause is followed by one restating the
question: "路易-拿破崙大部分的時間都在國外生活,|講法文帶有德國口音" answers "路易-拿破崙為什麼講法文會帶有德國口音"
with its first clause, the cause told before its effect. Only the first clause: when more clauses stand before the
restating one, CMRC's answers keep them all, with the effect (the whole sentence), and DRCD's take the one next to it
— no rule told those apart (told.py's clause beside the restatement, opened to why: DRCD 16 better / 2 worse, CMRC
1 / 18). Nor a sentence opening with a cause marker the trimmed answer lost (由于…, 因此…: spans15, the golds of the
two sets differ)."""

from __future__ import annotations

import re

from ..lexicon import RESULT_WORDS
from ..types import Candidate
from .cause import asks_cause
from .question import QuestionInfo
from .spans import clauses, trim
from .told import is_whole, told_clause

# a sentence opening with a cause or result marker: its first clause is not a plain cause
_MARKED = re.compile(r"\s?(?:" + "|".join(("由于", "因为", "因") + RESULT_WORDS + ("故",)) + ")")
_MIN = 4  # characters of a cause clause at least ("故此" is none)


def cause_first(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The first clause of the best answer's sentence when the next one restates the why-question; None otherwise."""
    if not asks_cause(info) or not is_whole(best):
        return None
    f = best.sentence.folded
    got = told_clause(f, info)
    if got is None:
        return None
    start, end = got
    first = next(((a, b) for a, b in clauses(f) if trim(f, a, b)[1] > trim(f, a, b)[0]), None)
    if first is None or not first[0] <= start < first[1] or end > first[1] or end - start < _MIN \
            or _MARKED.match(f, first[0]):
        return None
    return best.narrowed(start, end, "cause")
