"""A whole sentence given for "X是什么?": the clause that says what X is, when the sentence goes on about other things.

"《宇宙奇兵》是什么?" ↔ "《宇宙奇兵》(…)是Studio Pierrot所制作…的机器人动画,|于1984年…播出": the clause holding X and
its copula (是, 为, 指) answers; the clauses after it tell more (its dates, its place, the next item of a list:
"“一轴”为…浣江风景带,|“一心”指西施殿景区,…"). Only for X asked before the question word: "什么是X?" keeps the
whole sentence, as CMRC's golds take it (measured: its cut lost more than it won)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clauses, trim
from .told import is_whole

_COPULA = re.compile(r"是|为|指")
_EDGES = "的是了“”\"「」《》『』 ?？"
_TERM = 2  # the term asked must be at least this long
_PAIRS = {"《": "》", "“": "”", "「": "」", "『": "』"}  # a term's marks, kept whole ("《宇宙奇兵》(…)是…")


def term_clause(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer cut to the clause in which the term asked is followed by its copula, when it is the whole
    sentence of several clauses; None otherwise."""
    if info.qtype != "definition" or not info.wh or not is_whole(best):
        return None
    term = info.left.strip(_EDGES)
    f = best.sentence.folded
    parts = clauses(f)
    if len(term) < _TERM or len(parts) < 2:
        return None
    for x, y in parts:
        at = f.find(term, x, y)
        if at >= 0 and _COPULA.search(f, at + len(term), y):
            start, end = trim(f, x, y)
            if f[x:x + 1] in _PAIRS and _PAIRS[f[x]] in f[x:end]:
                start = x
            return best.narrowed(start, end, "term") if end - start >= _TERM else None
    return None
