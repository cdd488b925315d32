"""The one who did the deed a who-question puts before "的是谁": "在二楼记者席区里应外合指挥的是谁" ↔ "陈玉珍在二楼
记者席区里应外合指挥" — the person printed right before the deed's words, its subject, answers first, whatever
scored higher (an organisation in the next clause sits against the anchors as well)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_ASKED_DOER = re.compile(r"^(.{3,}?)的(?:人)?(?:是|为)\s*$")  # "[deed]的是|谁"
_OPENING = 4  # the deed's first characters the sentence must print right after the name


def doer_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person printed right before the deed asked, in the best one's sentence,
    moved first."""
    kept = list(kept)
    m = _ASKED_DOER.match(info.left.strip()) if info.qtype == "who" and not info.right.strip(" ?？") else None
    if m is None or len(kept) < 2 or kept[0].type == "person" and _before_deed(kept[0], m.group(1)):
        return kept
    # in the best one's sentence (another sentence printing the deed's words may tell another event)
    doer = next((c for c in kept if c.type == "person" and c.sentence.id == kept[0].sentence.id
                 and _before_deed(c, m.group(1))), None)
    if doer is None or doer is kept[0]:
        return kept
    return [doer] + [c for c in kept if c is not doer]


def _before_deed(c: Candidate, deed: str) -> bool:
    return c.sentence.folded.startswith(deed[:_OPENING], c.end)
