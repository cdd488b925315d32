"""A why-question answered by a sentence that tells no cause marker but a causing verb: "元帝不重视科举,使得大批文化人
失去了优越的社会地位" answers "元朝时大批文化人为什么失去了…" with the clause before 使得 (元帝不重视科举), since what
follows it repeats the question: the effect asked about. Only 使得, 导致, 致使 (not 所以, 因此: CMRC's answers keep
the whole sentence around those). DRCD 2 better / 0 worse, CMRC 1 / 0.
So for a question naming its own marker ("琦善因为什么罪行被治罪", cause.asks_cause) whose sentence has none for
cause_asked.py to read (with cause_first.py and cause_under.py): CMRC 1 better / 0 worse, DRCD identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_cause, echoes
from .question import QuestionInfo
from .spans import clause_end, clause_start, trim

_CAUSING = re.compile(r"使得|导致|致使")
_ENDS = frozenset(",，;；。!！?？")
_MIN = 4


def cause_before(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The clause before a causing verb whose effect repeats the question; None when there is none."""
    if not asks_cause(info):
        return None
    f = best.sentence.folded
    for m in _CAUSING.finditer(f, best.start, best.end):
        if not echoes(f[m.end():clause_end(f, m.end(), _ENDS)], info.text):
            continue
        at = m.start() if f[m.start() - 1:m.start()] not in _ENDS else m.start() - 1
        start, end = trim(f, clause_start(f, at, _ENDS), at)
        # (a clause, not an adverb alone: "最终|导致了…"; not "高血压为|导致…的主要原因", whose 为 names the cause)
        if end - start >= _MIN and f[at - 1:at] not in "为是" and (start, end) != (best.start, best.end):
            return best.narrowed(start, end, "cause")
    return None
