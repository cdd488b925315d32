"""A place the question names is no answer to where it went. "在鸡西的第一个采访现场是哪里" ↔ "奔赴第一个采访现场——
鸡西市老年福利中心": the city the question is set in (鸡西, printed 鸡西市) opens the institution that answers; the span
that runs on from it names the site, the city alone repeats the question."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import ADMIN_SUFFIXES
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo


def _echoed(text: str, question: str) -> bool:
    """The place, without its level word ("鸡西市" → 鸡西), is printed in the question."""
    for suffix in sorted(ADMIN_SUFFIXES, key=len, reverse=True):
        if text.endswith(suffix) and len(text) - len(suffix) >= 2:
            return text[:-len(suffix)] in question
    return len(text) >= 2 and text in question


def wider_than_echo_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the longest span of the same sentence that starts with the best place moved to the
    front, when the question names that place: "鸡西市老年福利中心" over "鸡西市" for 在鸡西的…是哪里."""
    kept = list(kept)
    if info.qtype != "where" or not kept or kept[0].type != "place" or not _echoed(kept[0].text, info.text):
        return kept
    best = kept[0]
    wider = [c for c in kept[1:] if c.sentence.id == best.sentence.id and c.start == best.start
             and c.end > best.end and c.type in ("place", "org")]
    if not wider:
        return kept
    top = max(wider, key=lambda c: c.end)
    return to_front(kept, top)
