"""A why-question answered by a sentence that names the cause with a noun or a verb of attributing: "…才发表他的作品,
原因之一就是|担心引起教会势力的强烈反弹", "许多美国人将之归因于|联邦在内战中取胜" — the words after 原因…是 or 归因于,
up to the clause's end; not the whole sentence."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_why
from .question import QuestionInfo
from .spans import clause_end, trim

_NAMED = re.compile(r"原因(?:之一)?(?:就|主要|便|正|则)?(?:是|为|在于)|归因于|归咎于")


def cause_named(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The cause the best answer's sentence names after 原因是 or 归因于; None when it names none."""
    if not asks_why(info):
        return None
    f = best.sentence.folded
    m = _NAMED.search(f, best.start, best.end)
    if m is None:
        return None
    start, end = trim(f, m.end(), min(clause_end(f, m.end()), best.end))
    if end - start < 2 or (start, end) == (best.start, best.end):
        return None
    return best.narrowed(start, end, "cause")
