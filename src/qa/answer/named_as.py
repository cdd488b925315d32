"""A whole sentence given for "什么是X?": the description the sentence names X by, in the same clause.

"棱柱中不在同一平面上的两个顶点的连线叫做棱柱的对角线" answers "什么是棱柱的对角线?" with what stands before 叫做:
the sentence defines the term by naming it after its description ("Y叫做X", "Y被称为X", "Y称作X"). Only within one
clause: "总杆数低于标准杆数一杆完成比赛,称为小鸟球" keeps the whole sentence, as CMRC's answers do (its golds take the
naming clause with it; DRCD's take the clause before — measured, the two sets disagree, so no rule is made of it).
Measured per question on CMRC 2018 trial (1 better, none worse) and DRCD test (no change), after told.py and
predicate.py."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_start, trim
from .told import cut_whole

# "什么是X?", "X是什么?", "X指的是什么?", "X是指?": the question asks what the term X is
_ASKS = re.compile(r"^(?:什么|甚么)是(?P<a>.+?)[?？]?$"
                   r"|^(?P<b>.+?)(?:指的是|是指|指|是)(?:什么|甚么)?(?:意思)?[?？]?$")
# the verbs that name a thing after its description, longest first
_NAMING = r"(?:被称为|被称作|称之为|又称为|称为|称作|叫做|叫作)"
_QUOTES = "“”\"「」《》『』 "
_DESCRIBED = 4  # the description must be at least this long


def named_as(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the description the sentence names the asked term by, in the naming verb's clause, or
    None."""
    if info.qtype != "definition":
        return None
    m = _ASKS.match(info.text.strip())
    term = (m.group("a") or m.group("b") or "").strip(_QUOTES) if m else ""
    if len(term) < 2 or term not in folded or not ("称" in folded or "叫" in folded):
        return None  # (the pattern needs the term and a naming verb, each holding 称 or 叫: no need to compile it)
    for n in re.finditer(_NAMING + r"\s?[" + _QUOTES + r"]?" + re.escape(term), folded):
        start, end = trim(folded, clause_start(folded, n.start()), n.start())
        if end - start >= _DESCRIBED:
            return start, end
    return None


def described(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer cut to the description the sentence names the asked term by, when it is the whole sentence;
    None otherwise."""
    return cut_whole(best, lambda f: named_as(f, info), "named_as")
