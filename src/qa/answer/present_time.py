"""A when-question answered by a word for the present (目前, 现在, 如今): "韩国第一家商业银行于何时建立" ↔ "新韩银行
创立于1897年,…,而目前国民银行是韩国最大的银行". The present word tells when the sentence's other clause holds, not
when the deed asked was done; a time the same sentence prints is the answer."""

from __future__ import annotations

from collections.abc import Sequence

from ..normalize import fold
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

PRESENT = frozenset(("目前", "现在", "如今", "当前", "现今", "眼下", "时下"))


def past_present(info: QuestionInfo, kept: Sequence[Candidate]) -> list[Candidate]:
    """`kept` (best first) with a best that is a present word moved behind the next time of its sentence; unchanged
    when the question is no when-question or its sentence prints no other time."""
    if info.qtype != "when" or not kept or fold(kept[0].text) not in PRESENT:
        return list(kept)
    best = kept[0]
    for c in kept[1:]:
        if c.sentence.id == best.sentence.id and c.type == "time" and fold(c.text) not in PRESENT:
            return to_front(kept, c)
    return list(kept)
