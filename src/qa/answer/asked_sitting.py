"""The sitting a role question asks by its ordinal: "铁岭市…二次会议第二次全体会议由哪位执行主席主持" ↔ "15时30分,大会
第二次全体会议举行。会议由大会执行主席陈文彪主持。". A session holds several sittings, each with its own chair, and
news names each by its ordinal (第一次全体会议, 第二次全体会议), then tells its chair in the next sentence by 会议; a
sentence printing the asked noun with another ordinal (清远's "…第一次全体会议由…主持", ranked first for sharing the
most words) tells another sitting. So when the best sentence holding the question prints another sitting, the doer
of the role asked (deed_beside.does_role) whose own sentence or the one right before it prints the sitting asked —
of an article printing the city the question opens with, when it names one (every city has a 第二次全体会议) — goes
first; nothing changes when no candidate is such."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate, Sentence
from .deed_beside import asked_role, does_role
from .question import QuestionInfo

# an ordinal sitting: 第二次全体会议, 第3次全体会议, 第一次会议
_SITTING = re.compile(r"第([一二三四五六七八九十\d]{1,3})次(全体会议|全会|会议|常委会议|主任会议|主席会议)")


def sitting_asked(question: str) -> tuple[str, str] | None:
    """(ordinal, noun) of the last ordinal sitting the question names ("…二次会议第二次全体会议由谁主持" →
    ("二", "全体会议")), None if it names none."""
    found = list(_SITTING.finditer(question))
    return (found[-1].group(1), found[-1].group(2)) if found else None


def other_sitting(folded: str, asked: tuple[str, str]) -> bool:
    """Whether `folded` prints the asked noun with another ordinal and never with the asked one."""
    ordinals = {m.group(1) for m in _SITTING.finditer(folded) if m.group(2) == asked[1]}
    return bool(ordinals) and asked[0] not in ordinals


def sitting_doer(info: QuestionInfo, holding: Sentence | None, kept: Sequence[Candidate], city: str,
                 told_before: Callable[[Sentence], str], prints_city: Callable[[Sentence], bool]
                 ) -> Candidate | None:
    """The doer of the role asked of the sitting asked, when the best sentence holding the question (`holding`)
    prints another sitting: the best of `kept` doing the role whose sentence or the one before it (`told_before`)
    prints the sitting asked, of an article printing `city` when the question names one; None otherwise."""
    asked = sitting_asked(info.text)
    verb = asked_role(info) if asked is not None else ""
    if asked is None or not verb or holding is None or not other_sitting(holding.folded, asked):
        return None
    mark = f"第{asked[0]}次{asked[1]}"
    return next((c for c in kept if does_role(c, verb, info)
                 and (mark in c.sentence.folded or mark in told_before(c.sentence))
                 and (not city or prints_city(c.sentence))), None)
