"""A cleft who-question, "X是谁V的" ("《鳄鱼泪》是谁主演的?"), asks the one who did V: among the best candidates,
the person whose own clause goes on to V after the name ("本剧由潘志文、张玛莉、林嘉华等领衔主演" → 林嘉华) answers
before a person of another role whose clause tells none of it ("同名主题曲《鳄鱼泪》,由袁丽嫦原唱" → 袁丽嫦 sang the
theme, starred in nothing), even from another of the best sentences, when it scored about as well.

deed_clause.py reads a question opening with its question word within the best one's sentence; a cleft's deed is
often told by a sentence of its own that scores no better than one naming another role of the same work."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import clause_of
from .subject import PERSON_WH

_CLEFT = re.compile(r"^([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,4}的$")  # the deed's verb, then 的 ("主演的", "创作的")
_MARGIN = 1.0  # how much lower the doer may have scored than the best one
_NEAR = 6  # characters between the name and the verb at most ("林嘉华|等领衔|主演")


def asked_deed(info: QuestionInfo) -> str:
    """The verb of a cleft who-question's deed ("主演" of "…是谁主演的"), or ""."""
    if info.qtype != "who" or not PERSON_WH.fullmatch(info.wh_word) or not info.left.rstrip().endswith("是"):
        return ""
    m = _CLEFT.match(info.right.strip(" ?？"))
    return m.group(1) if m else ""


def cleft_doer_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person printed just before the asked deed's verb in its clause moved first, when
    the best one's clause does not print that verb."""
    kept = list(kept)
    verb = asked_deed(info)
    if not verb or len(kept) < 2:
        return kept
    best = kept[0]
    if _in_clause(best, verb):
        return kept
    doer = next((c for c in kept if c.type == "person" and c.score >= best.score - _MARGIN and _does(c, verb)), None)
    return to_front(kept, doer)


def _in_clause(c: Candidate, verb: str) -> bool:
    f = c.sentence.folded
    start, end = clause_of(f, c.start, c.end)
    return verb in f[start:end]


def _does(c: Candidate, verb: str) -> bool:
    """Whether the verb follows the name within its clause, at most _NEAR characters after it."""
    f = c.sentence.folded
    _start, end = clause_of(f, c.start, c.end)
    at = f.find(verb, c.end, end)
    return 0 <= at - c.end <= _NEAR
