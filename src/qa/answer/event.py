"""The time of the event asked: "《人民日报海外版》诞生于哪一年" ↔ "…的1985年,…,《人民日报海外版》诞生了。" rather
than "…,《人民日报海外版》与…合作,在2011年推出日语版…" — two years that nearly tie on the question's words; the one
whose sentence prints the question's verb (the event: 诞生, 成立, 出生) tells when that happened, the other when
something else did."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_CLOSE = 1.0  # score gap within which the event's verb decides (a clear lead is not overturned)
_POINTED_EVENT = re.compile(r"(?:这|此|该)(?:场|次)")  # 这场战争, 此次会议 (not 当时, 期间: measured worse)
_ANY_TIME = re.compile(r"\d|年|月|日|世纪|时")


def event_told_before(info: QuestionInfo, folded: str) -> bool:
    """Whether a sentence names the asked event only by pointing back to it ("这场战争…不如说是明朝与「蒙古部落
    联盟」的战争" after "1449年7月1日,…发动了对明王朝的战争"), printing no time: a when-question's answer is the
    time of the sentence that told the event before."""
    return info.qtype == "when" and bool(_POINTED_EVENT.search(folded)) and not _ANY_TIME.search(folded)


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
    return to_front(kept, told)


# Events a when-question asks of a life or an institution, each with the words that tell it; two words of one
# group tell the same event ("何时成立" ↔ "1990年创立"), of two groups two events ("哪一年出生" ↛ "1986年毕业").
_LIFE_EVENTS: tuple[tuple[str, ...], ...] = (
    ("出生", "诞生", "出世", "生于"),
    ("去世", "逝世", "病逝", "过世", "辞世"),
    ("成立", "创立", "创办", "创建", "建立", "设立", "创刊", "组建"),
    ("毕业",),
    ("结婚", "成婚"),
    ("退休",),
)


def _group(word: str) -> int:
    return next((k for k, g in enumerate(_LIFE_EVENTS) if any(w in word for w in g)), -1)


def other_event(best: Candidate, info: QuestionInfo, verbs: Sequence[str]) -> bool:
    """A when-question asking a life's or an institution's event (出生, 成立, 毕业 …) whose best time is printed
    with another such event right after it and the asked one nowhere in its sentence ("姬新龙哪一年出生" ↔
    "姬新龙1986年毕业于…"): the time of something else, declined."""
    if info.qtype != "when" or best.type != "time":
        return False
    asked = {_group(v) for v in verbs} - {-1}
    if len(asked) != 1:
        return False
    (group,) = asked
    text = best.sentence.folded
    if any(w in text for w in _LIFE_EVENTS[group]):
        return False
    after = text[best.end:best.end + 6].lstrip()
    after = after[1:] if after[:1] in "于在就才便" else after
    told = _group(after[:2])
    return told not in (-1, group) and after[:2] in _LIFE_EVENTS[told]
