"""A why-question answered by a sentence that names the cause with a noun or a verb of attributing: "…才发表他的作品,
原因之一就是|担心引起教会势力的强烈反弹", "许多美国人将之归因于|联邦在内战中取胜" — the words after 原因…是 or 归因于,
up to the clause's end; not the whole sentence. A cause named before the noun, "确认高血压|为导致心血管病死亡率的主要
原因", its 原因 phrase repeating the question, is the words before 为/是 (after a verb of judging): DRCD 1 better / 0
worse, CMRC identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_why, echoes
from .question import QuestionInfo
from .spans import clause_end, clause_start, trim

_NAMED = re.compile(r"原因(?:之一)?(?:就|主要|便|正|则)?(?:是|为|在于)|归因于|归咎于")
# the cause named before the noun: "确认|高血压|为导致心血管病死亡率的主要原因" (the 原因 phrase repeats the question)
_NAMED_BEFORE = re.compile(r"(?:为|是)(?:导致|造成|引起|使)?([^,，;；。]{2,30})的(?:主要|重要|根本|直接|最大)?原因")
# a verb of judging or finding before the cause: the cause starts after it ("世卫已经确认|高血压")
_JUDGED = re.compile(r".*(?:确认|认为|指出|证实|发现|显示|表明|认定)")


def cause_named(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The cause the best answer's sentence names after 原因是 or 归因于; None when it names none."""
    if not asks_why(info):
        return None
    f = best.sentence.folded
    m = _NAMED.search(f, best.start, best.end)
    if m is None:
        return _named_before(best, info)
    start, end = trim(f, m.end(), min(clause_end(f, m.end()), best.end))
    if end - start < 2 or (start, end) == (best.start, best.end):
        return None
    return best.narrowed(start, end, "cause")


def _named_before(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The cause before "为…的主要原因" when that phrase repeats the question; None otherwise."""
    f = best.sentence.folded
    m = _NAMED_BEFORE.search(f, best.start, best.end)
    if m is None or not echoes(m.group(1), info.text):
        return None
    start = clause_start(f, m.start())
    judged = _JUDGED.match(f, start, m.start())
    start, end = trim(f, judged.end() if judged else start, m.start())
    if end - start < 2 or (start, end) == (best.start, best.end):
        return None
    return best.narrowed(start, end, "cause")
