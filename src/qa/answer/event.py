"""The time of the event asked: "《人民日报海外版》诞生于哪一年" ↔ "…的1985年,…,《人民日报海外版》诞生了。" rather
than "…,《人民日报海外版》与…合作,在2011年推出日语版…" — two years that nearly tie on the question's words; the one
whose sentence prints the question's verb (the event: 诞生, 成立, 出生) tells when that happened, the other when
something else did."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_CLOSE = 1.0  # score gap within which the event's verb decides (a clear lead is not overturned)


def event_first(kept: Sequence[Candidate], info: QuestionInfo, verbs: Sequence[str]) -> list[Candidate]:
    """`kept` (best first) with, for a when-question, the best time candidate whose sentence prints all of the
    question's verbs moved first, when the best one's sentence prints none of them and it scores nearly as
    high and holds as much of the question."""
    kept = list(kept)
    if info.qtype != "when" or not verbs or len(kept) < 2 or kept[0].type != "time":
        return kept
    best = kept[0]
    if any(v in best.sentence.folded for v in verbs):
        return kept
    covered = dict(best.features).get("coverage", 0.0)
    # of the question's words, the other sentence must hold as many (not another event: "1939年再爆发…战役")
    told = next((c for c in kept[1:] if c.type == "time" and best.score - c.score <= _CLOSE
                 and dict(c.features).get("coverage", 0.0) >= covered
                 and all(v in c.sentence.folded for v in verbs)), None)
    if told is None:
        return kept
    return [told] + [c for c in kept if c is not told]
