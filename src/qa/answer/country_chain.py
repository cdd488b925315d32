"""A where-question ending in its question word ("富国银行广场位于哪里?") answered by a bare country that the
sentence goes on to narrow down in the same clause ("位于美国明尼亚波利斯。", "位于泰国的首都曼谷的乍都节县,"): the
answer is the whole place, the country and what follows it up to the clause's end, not the country alone."""

from __future__ import annotations

import re

from ..lexicon import COUNTRIES
from ..types import Candidate
from .kinds import asked_kind
from .question import QuestionInfo
from .spans import VALUE_END, clause_end

_MOST = 12  # characters after the country that are read as the finer place
_FINER = re.compile(r"[^\W\d_]+")  # the rest is words only: no figure, no bracket, no second clause


def country_chain(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The country widened to the place it opens up to its clause's end, or None."""
    if info.qtype != "where" or best.type != "place" or info.right.strip("?？ ") or asked_kind(info):
        return None
    f = best.sentence.folded
    if f[best.start:best.end] not in COUNTRIES:
        return None
    end = clause_end(f, best.end, VALUE_END)
    rest = f[best.end:end]
    if not 2 <= len(rest) <= _MOST or not _FINER.fullmatch(rest):
        return None
    return best.narrowed(best.start, end, "chain")
