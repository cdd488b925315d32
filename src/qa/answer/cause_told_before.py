"""A why-question whose best sentence tells only the effect, opening with a result word ("因此,|畜牧业发达", "因此它
有时也被称为笨蛋水果", "故此,|他决定于西线调派…"): the cause is told by the sentence before it, in its paragraph, which
answers instead (CMRC's golds run from it through the effect; DRCD's take a part of it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import RESULT_WORDS
from ..types import Candidate, Sentence
from .around import moved
from .cause import asks_why, echoes
from .question import QuestionInfo
from .spans import clause_end, trim
from .told import is_whole

_RESULT_OPENS = re.compile(r"\s?(?:" + "|".join(RESULT_WORDS + ("故此", "故而")) + r")[,，]?")


def cause_told_before(best: Candidate, info: QuestionInfo, body: Sequence[Sentence]) -> Candidate | None:
    """The sentence before the best one, when the best is a whole sentence that opens with a result word and whose
    first clause after it restates the why-question; None otherwise."""
    if not asks_why(info) or not is_whole(best):
        return None
    s = best.sentence
    f = s.folded
    m = _RESULT_OPENS.match(f, trim(f, 0, len(f))[0])
    if m is None or not echoes(f[m.end():clause_end(f, m.end())], info.text):
        return None
    at = next((i for i, x in enumerate(body) if x.id == s.id), None)
    if not at or body[at - 1].paragraph != s.paragraph or body[at - 1].kind != s.kind:
        return None
    before = body[at - 1]
    start, end = trim(before.folded, 0, len(before.folded))
    return moved(best, before, start, end, "sentence", "+before") if end - start >= 2 else None
