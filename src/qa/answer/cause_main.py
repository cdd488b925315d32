"""A why-question answered by a sentence of two clauses, a cause clause opened by 由于/因为 and the main clause after
it: "由于交通不便,|阿森松岛的旅游业直到近年尚不存在" answers "阿森松岛的旅游业为什么至今仍然不兴盛" with 交通不便. A
subordinate cause clause explains the main clause it stands before, so the main clause is the effect whatever its words;
cause.py ends a cause before a clause that repeats the question, and here the question words the effect its own way
(至今仍然不兴盛 ↔ 直到近年尚不存在). Only two clauses: with more, where the cause ends is not told by the order alone.
Not when the main clause goes on with 而 or 使/导致 (its first part is still the cause: "由于…繁殖,破坏了…环境而被认为
是害虫"), nor for a marker not opening the sentence."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_why
from .question import QuestionInfo
from .spans import trim

# the marker opening the sentence, after a connective at most
_OPENING = re.compile(r"\s?(?:但|而|且|正|也)?\s?(?:是)?(?:由于|因为)")
_CLAUSE = re.compile(r"[,，;；:：]")
_GOES_ON = re.compile(r"而|使|致使|导致|以致")  # the main clause holds more of the cause, its effect told after these


def cause_main(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The cause clause of a two-clause sentence opening with its cause marker, or None."""
    if not asks_why(info):
        return None
    f = best.sentence.folded
    opening = _OPENING.match(f)
    if opening is None or not best.start <= opening.end() <= best.end:
        return None
    stops = list(_CLAUSE.finditer(f, opening.end(), best.end))
    if len(stops) != 1 or _GOES_ON.search(f, stops[0].end(), best.end):
        return None
    start, end = trim(f, opening.end(), stops[0].start())
    main = trim(f, stops[0].end(), best.end)
    if end - start < 2 or main[1] - main[0] < 2:
        return None
    return best.narrowed(start, end, "main")
