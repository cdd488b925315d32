"""Who came, not who was due. "…会议开幕当天出席多少人" ↔ "…会议应出席代表236人。" and "当天的会议出席199人": a
meeting's report prints the count due to attend (应出席, 应到) and the count that did; a question asking the count
of the deed without 应 asks the second, whatever the first's sentence shares more of the question."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import clause_start
from .year_figure import folded_unit

_DUE = "应"


def _label(c: Candidate) -> str:
    f = c.sentence.folded
    return f[clause_start(f, c.start):c.start]


def _deed(info: QuestionInfo) -> str:
    """The question's verb right before its question word ("出席" of "…当天出席|多少人"), "" when it is due (应出席)
    or is no verb of two characters."""
    left = info.left.rstrip()
    verb = left[-2:]
    if len(verb) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in verb) or _DUE in left[-3:]:
        return ""
    return verb


def done_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first figure in the best's unit whose clause prints the question's verb, not
    after 应, moved to the front, when the best's clause prints it only after 应 (应出席代表236人)."""
    kept = list(kept)
    if info.qtype != "number" or not kept or kept[0].type != "number":
        return kept
    verb = _deed(info)
    if not verb or _DUE + verb not in _label(kept[0]):
        return kept
    unit = folded_unit(kept[0])

    def done(c: Candidate) -> bool:
        label = _label(c)
        return verb in label and _DUE + verb not in label and c.type == "number" and folded_unit(c) == unit

    return to_front(kept, next((c for c in kept[1:] if done(c)), None))
