"""A when-question answered by a word for the present (目前, 现在, 如今): "韩国第一家商业银行于何时建立" ↔ "新韩银行
创立于1897年,…,而目前国民银行是韩国最大的银行". The present word tells when the sentence's other clause holds, not
when the deed asked was done; a time the same sentence prints is the answer. With none, a clause "当…时" there
tells when ("搶七局通常會在什麼時候舉行" ↔ "目前另一常見的記分方法是,當雙方在一盤中戰至6比6時,會舉行…「搶七局」")."""

from __future__ import annotations

import re
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


# a condition that dates the deed: 当 opening a clause, 时 (or 的时候) closing it before the clause's mark
_WHEN_CLAUSE = re.compile(r"(?:^|(?<=[,，:：;；]))当[^,，。;；:：]{2,24}?(?:的时候|时)(?=[,，])")


def condition_time(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The clause "当…时" of the best's sentence when the best is a word for the present (no other time there, or
    past_present would have put it first); None otherwise."""
    if info.qtype != "when" or fold(best.text) not in PRESENT:
        return None
    m = _WHEN_CLAUSE.search(best.sentence.folded)
    return best.narrowed(m.start(), m.end(), "condition") if m else None
