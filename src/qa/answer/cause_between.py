"""A why-question "S为什么E" whose sentence tells, with no cause marker, what S did or was and then, in the very next
clause, the effect E: "…八赤蠻|拒絕投降|,被蒙古人腰斬殺死,…" answers "八赤蠻為何被蒙古人腰斬殺死" with 拒絕投降, "改革
開放後,|中國政府因開放市場的需要|,很多中資機構在港工作" answers "改革開放後,為什麼很多中資機構在港工作". In a chain of
clauses about one topic, the comment told right before the effect the question restates is the cause of it (the
topic-comment order of Chinese tells cause before effect); the slot between the question's words on either side
(slots.py) is that comment. Read before the marker rules (cause.py would take a marker printed only after that
effect, which tells the cause of another one: "…,而因部長…包庇…,被速不台所敗"), on a whole-sentence answer.
Not when a cause marker or a preposition of motive (因为, 由于, 为了, 针对, 鉴于 …) stands before the slot or opens the
clause after the effect (it tells the cause itself), nor a slot holding punctuation, opening with a result or contrast
word (所以, 因此, 但 …), or shorter than two characters, nor when the clause after the slot does not restate the
question's words after its question word (half of their character pairs). DRCD 2 better / 0 worse (one partial answer
made exact too), CMRC identical. The effect runs on into a next clause that lists its object (包括, 例如 …: "可以用来
发射各种非致命性弹药,|包括…催泪弹…" restates 可以发射催泪弹): DRCD 1 better / 0 worse more, CMRC identical."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .cause import asks_cause
from .question import QuestionInfo
from .told import is_whole

# a cause marker, or a preposition of motive ("针对…频发的痛点,…加强…建设,引入…"): the sentence tells its cause
# itself (cause.py, why_purpose.py, cause_asked.py, cause_under.py read most of them)
_MARKER = re.compile(r"因为|由于|皆因|为了|因(?![此而素为果子])|针对|鉴于|出于|基于|面对|随着")
# the slot opens with a result or a contrast: it tells an effect or turns away, no cause
_OPENER = re.compile(r"\s?(?:所以|因此|因而|于是|故|遂|才|但|却|而|亦|也)")
_PUNCT = re.compile(r"[,，;；。:：!！?？、]")
# the slot is closed by a comma or by 而 joining it to its effect ("…的擇偶條件而|回內地娶妻")
_JOIN = re.compile(r"\s?(?:[,，]|而)\s?")
_SHARE = 0.5  # of the question's character pairs after its question word, the clause after the slot holds at least
# a clause naming the members of the effect's object ("…各种非致命性弹药,|包括鸟弹、…、催泪弹"): the effect
# goes on in it
_ELABORATES = re.compile(r"\s?(?:包括|包含|例如|比如|诸如|像是)")
_CLAUSE_STOP = re.compile(r"[,，;；。:：!！?？]")  # (not 、: the listed members stay in their clause)


def cause_between(best: Candidate, kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The best answer cut to the slot before the clause restating the why-question's effect, or None."""
    if not asks_cause(info) or info.wh is None or not is_whole(best):
        return None
    f = best.sentence.folded
    slot = next((c for c in kept if c.sentence.id == best.sentence.id and c.rule.startswith("slot")), None)
    if slot is None:
        return None
    text = f[slot.start:slot.end]
    if len(text.strip()) < 2 or _PUNCT.search(text) or _OPENER.match(text) or _MARKER.search(f[:slot.start]):
        return None
    join = _JOIN.match(f, slot.end)
    if join is None:
        return None
    stop = _PUNCT.search(f, join.end())
    effect = f[join.end():stop.start() if stop else len(f)]
    if stop and _ELABORATES.match(f, stop.end()):  # "可以用来发射各种…弹药,|包括…催泪弹…": the effect's object listed
        stop = _CLAUSE_STOP.search(f, stop.end())
        effect = f[join.end():stop.start() if stop else len(f)]
    after = info.text[info.wh[1]:].rstrip("?？ ")
    pairs = _pairs(after)
    if not pairs or len(pairs & _pairs(effect)) < _SHARE * len(pairs):
        return None
    rest = f[stop.end():] if stop else ""
    if _MARKER.match(rest.lstrip()):
        return None  # "…,E,因为C": the marker after the effect tells its cause
    return best.narrowed(slot.start, slot.end, "between")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if not _PUNCT.search(text[i:i + 2])}
