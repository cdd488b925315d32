"""A who-question that opens with its question word asks who did its deed ("哪一个人将义和团比喻为红卫兵",
"谁在蒙古的直辖地设置行中书省"); a sentence that opens with a person tells what that person did over its clauses
("唐德刚将…比作四人帮,将刚毅比作林彪,将义和团比作红卫兵", "1252年蒙哥即位后推行…,在…直辖地设置行中书省"): the
names inside them (林彪, 诸王) are what the deeds are done to, not who does them. The opener answers first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .subject import PERSON_WH

# what may stand before the opening person: a time ("1252年", "394年3月") or a connective, and a comma
_LEAD = re.compile(r"(?:(?:公元前?)?\d{1,4}\s?年(?:\d{1,2}\s?月)?(?:\d{1,2}\s?日)?|其次|此外|之后|后来|同年|当时|最后|"
                   r"然而|但是?|而|其后|随后)?[,，]?\s*")


def opener_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person opening the best one's sentence moved first, for a who-question opening
    with its question word, when the best is a later person of that sentence."""
    kept = list(kept)
    if info.qtype != "who" or info.left.strip() or not PERSON_WH.fullmatch(info.wh_word) or not kept:
        return kept
    best = kept[0]
    f = best.sentence.folded
    opener = next((c for c in kept if c.type == "person" and c.sentence.id == best.sentence.id
                   and _LEAD.fullmatch(f, 0, c.start) and f[c.end:c.end + 1] not in ("的", "、", "和", "与", "及")),
                  None)
    if opener is None or opener is best or best.start < opener.end:
        return kept
    return to_front(kept, opener)
