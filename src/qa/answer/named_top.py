"""The figure of the sentence that names the place asked. "阜阳机场2007年旅客吞吐量是多少" ↔ the best sentence "其中
阜阳机场的旅客吞吐量最少,去年只有1186人", not "年旅客吞吐量在1000万人次以上的机场为10个" (another sentence of the
report, sharing its measure words, naming no airport): a figure whose sentence never prints the place the question
names gives way to a figure of the best sentence holding the question, which prints it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..types import Candidate, Sentence
from .front import to_front
from .question import QuestionInfo

_PLACE_TAGS = ("ns",)


def top_named_first(kept: Sequence[Candidate], info: QuestionInfo, top: Sentence | None,
                    tag: Callable[[str], Sequence[tuple[str, str]]]) -> list[Candidate]:
    """`kept` (best first) with the first figure of `top` (the best sentence holding the question) moved to the
    front, when `top` prints a place the question names (two characters or more) that the best figure's sentence
    does not."""
    kept = list(kept)
    if info.qtype != "number" or not kept or top is None or kept[0].type != "number" \
            or kept[0].sentence.id == top.id:
        return kept
    places = [w for w, flag in tag(info.text) if flag in _PLACE_TAGS and len(w) >= 2]
    if not any(p in top.folded and p not in kept[0].sentence.folded for p in places):
        return kept
    return to_front(kept, next((c for c in kept[1:] if c.sentence.id == top.id and c.type == "number"), None))
