"""A why-question about a name ("…为什么被称为拔都西征") answered by a sentence of no cause marker that gives the name
and then explains it: "…发起蒙古第二次西征,史称拔都西征,|总指挥为拔都" → the clause after the naming one. The
explanation follows the name; a name given last in its sentence keeps the sentence (CMRC's "…誉满三晋,被称为
“金嗓子”")."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_why, echoes
from .question import QuestionInfo
from .spans import clauses, trim
from .told import is_whole

# a passive naming: the name given the thing, not a title it took (号称)
_NAMED = re.compile(r"被称为|被称作|被喻为|被誉为|史称|被叫做|被称")
_MIN = 4


def cause_named_after(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The clause after the one giving the name the why-question asks about; None otherwise."""
    if not asks_why(info) or not _NAMED.search(info.text) or not is_whole(best):
        return None
    f = best.sentence.folded
    parts = clauses(f)
    for (a, b), (c, d) in zip(parts, parts[1:], strict=False):
        if _NAMED.search(f, a, b) and echoes(f[a:b], info.text) and not echoes(f[c:d], info.text):
            start, end = trim(f, c, d)
            return best.narrowed(start, end, "cause") if end - start >= _MIN else None
    return None
