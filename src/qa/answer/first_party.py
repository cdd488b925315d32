"""The first party of "X与Y…": "上海海港队主场与山东泰山队战平,提前一轮锁定联赛冠军" — Y is only whom X did the
first deed with; the later clauses, which hold the deed asked, go on about X, the sentence's subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CLAUSE_END
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import clause_end, clause_start

# "X(主场)与|Y": a comitative right before the second party, a few characters (主场, 今天) after the first
_WITH = re.compile(r"^[^\W\d_]{0,4}?(?:与|同|跟)$")


def first_party_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first party X moved before the best one when the best is the Y of "X与Y" at
    the start of its clause, and the deed asked is told in a later clause of the sentence, not in Y's."""
    kept = list(kept)
    if len(kept) < 2 or kept[0].type not in ("org", "person"):
        return kept
    best = kept[0]
    f = best.sentence.folded
    start = clause_start(f, best.start)
    end = clause_end(f, best.end)
    if not _asked_later(f, best.end, end, info.right):
        return kept
    first = next((c for c in kept[1:] if c.sentence.id == best.sentence.id and c.type == best.type
                  and c.start == start and _WITH.match(f[c.end:best.start])
                  and f[c.start:c.end] not in info.text), None)
    return to_front(kept, first)


def _asked_later(f: str, end: int, clause_stop: int, right: str) -> bool:
    """The question's words after its question word share no two characters with the rest of Y's clause and some
    with the sentence after it."""
    pairs = {right[i:i + 2] for i in range(len(right) - 1)}
    pairs = {p for p in pairs if not any(ch in CLAUSE_END for ch in p)}
    own = f[end:clause_stop]
    later = f[clause_stop:]
    return bool(pairs) and not any(p in own for p in pairs) and sum(p in later for p in pairs) >= 2
