"""A who-question opening with its question word asks who did the deed after it ("谁带众起义重新夺回敦煌城"): the
person whose own clause goes on to tell the deed ("…,唐宣宗大中二年,沙州人士张议潮募兵集众起义,经过血战夺回敦煌城":
张议潮's clause ends in 起义), not a person whose clause tells none of it (唐宣宗, who only names the reign). That
person answers first."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import char_bigrams, clauses
from .subject import PERSON_WH

_OPENS = ("。", ",", "，", ";", "；")  # what may stand before the question word: the setting's end


def deed_clause_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person of the best one's sentence whose clause tells the asked deed after the
    name moved first, when the best one's clause tells none of it (nor of its object)."""
    kept = list(kept)
    left = info.left.strip()
    if info.qtype != "who" or not PERSON_WH.fullmatch(info.wh_word) or not kept or (left and not left.endswith(_OPENS)):
        return kept
    deed = {b for b in char_bigrams(info.right) if all("\u4e00" <= ch <= "\u9fff" for ch in b)}
    best = kept[0]
    if not deed or _told(best, deed, whole=True):
        return kept  # the best one's clause tells some of it (its object, 《突厥语大词典》的作者X): it may be the doer
    doers = [c for c in kept if c.type == "person" and c.sentence.id == best.sentence.id and _told(c, deed)]
    if not doers:
        return kept
    # the whole name where a piece of it is offered too ("麻赫穆德·喀什噶里" over "赫穆德·喀什噶里")
    doer = max((c for c in doers if c.start <= doers[0].start and doers[0].end <= c.end), key=lambda c: c.end - c.start)
    return to_front(kept, doer)


def _told(c: Candidate, deed: set[str], whole: bool = False) -> bool:
    """Whether the words after the candidate to its clause's end (its whole clause: `whole`) hold a bigram of the
    deed."""
    f = c.sentence.folded
    start, end = next(((x, y) for x, y in clauses(f) if x <= c.start < y), (c.start, len(f)))
    return bool(char_bigrams(f[start if whole else c.end:end]) & deed)
