"""Where a thing lies: "喀爾巴阡山脈的最高峰位在何處?" ↔ "最高峰在塔特拉山的格爾拉赫峰,…,位於斯洛伐克境內", "西雙版納州
位在中國境內的哪一個省中?" ↔ "…是中華人民共和國雲南省下轄的自治州,位於雲南省西南端". A question asking where its
subject lies (位于/位在/坐落于/地处 right before its question word) is answered by the place the sentence prints right
after its own verb of lying, not by another place the tagger scored first (the mountain the peak is on, the whole
country before the province): the sentence says where with the same verb. The verbs of being, origin and service that
`verb_place.py` leaves to others (出生, 效力) are not read here: a place after them answers other questions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# the question's verb of lying right before its question word (a few words of scope between: 位在|中国境内的|哪一个省)
_ASKS = re.compile(r"(?:位于|位在|位处|坐落于|坐落在|座落于|座落在|地处)(?:[\u4e00-\u9fff]{1,6}的)?$")
# the sentence's own verb of lying, the place right after it
_LIES = re.compile(r"位于|位在|位处|坐落于|坐落在|座落于|座落在|地处")
_KINDS = frozenset(("place", "org"))


def _lies_after(c: Candidate) -> bool:
    """The candidate starts right after a verb of lying in its sentence."""
    f = c.sentence.folded
    return any(m.end() == c.start for m in _LIES.finditer(f))


def lies_at_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first place of the best's sentence printed right after a verb of lying moved to
    the front, for a where-question asking where its subject lies, when the best is not such a place."""
    kept = list(kept)
    if info.qtype != "where" or not kept or _ASKS.search(info.left.rstrip()) is None:
        return kept
    best = kept[0]
    if best.type not in _KINDS or _lies_after(best) or _LIES.search(best.sentence.folded) is None:
        return kept
    lying = next((c for c in kept[1:] if c.sentence.id == best.sentence.id and c.type in _KINDS and _lies_after(c)),
                 None)
    if lying is None or (lying.start <= best.start and best.end <= lying.end):
        return kept
    return to_front(kept, lying)
