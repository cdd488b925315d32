"""A where-question asking a place of one administrative level ("和哪一個區相鄰", "哪一個村子附近") answered by a chain
of levels from the larger down ("北京市懷柔區", "昆明市官渡區長水村"): the place of the level asked is the last unit
of the chain, the units above it only say where that one lies (DRCD's golds: 懷柔區, 長水村). Only when the whole
answer reads as two units or more and the last ends in the level asked, with a name of two characters or more."""

from __future__ import annotations

import re

from ..lexicon import ADMIN_SUFFIXES, alternation
from ..types import Candidate
from .question import QuestionInfo

_ASKED = re.compile(r"哪一?[个座]?([省市县区镇乡村])")
_UNIT = re.compile(r"[^\W\d_]{1,6}?" + alternation(ADMIN_SUFFIXES))  # a name and its level, shortest first


def last_level(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The chain's last unit when it is of the level asked, or None."""
    m = _ASKED.search(info.text)
    if info.qtype != "where" or m is None or best.type != "place":
        return None
    f = best.sentence.folded
    starts, at = [], best.start
    while at < best.end and (unit := _UNIT.match(f, at, best.end)):
        starts.append(at)
        at = unit.end()
    if at != best.end or len(starts) < 2 or not f[:best.end].endswith(m.group(1)) or best.end - starts[-1] < 3:
        return None
    return best.narrowed(starts[-1], best.end, "level")
