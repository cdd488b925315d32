"""A place asked by its bearing from another, the sentence printing the same bearing against one of its places.

"英屬維京群島在哪一個國家的東部地區?" ↔ "…,位於加勒比海地區,處於波多黎各以東": the question asks the place its
subject lies east of, and the sentence prints 以东 right after 波多黎各; the best scored place of the sentence (英國,
the territory's owner) stands against no bearing. "元朝的疆域範圍最南可以到達哪裡?" ↔ "…東北至外興安嶺,…,北到西伯利亞
南部,…,南到南海,…": the bearing opens the question's reach (最南…到達), and the sentence's list of reaches prints
南到 right before 南海; 朝鮮半島, the best scored, is reached in the north-east.

So of the best one's sentence, the first of the next few places that stands against the question's bearing — right
before it (波多黎各|以东, "X的东部") when the question prints it after the question word, right after it and a verb
of reaching (南到|南海) when the question prints it before — answers first, unless the best stands so already."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# after the question word: "哪一个国家的|东部", "哪里以东"
_AFTER_WH = re.compile(r"[^\W\d_]{0,4}?(?:的([东南西北]{1,2})(?:部|边|方|侧|面)|[以之]([东南西北]{1,2}))")
# before it: "最南可以到达|哪里", "向北到|哪里"
_BEFORE_WH = re.compile(r"最?([东南西北]{1,2})(?:边|方|部|端)?(?:可以|可|能够|能|一直)?(?:到达|抵达|延伸到|到|至|达)$")
_REACH = r"(?:到达|抵达|延伸到|到|至|达)"
_SIDE = r"(?:部|边|方|侧|面)"
_LOOK = 8  # candidates read after the best one


def _bearing(info: QuestionInfo) -> tuple[str, bool] | None:
    """The bearing the question asks by and whether the place asked stands before it in the sentence (True:
    "X以东") or after it (False: "南到X"); None when the question asks by no bearing."""
    if not info.wh or info.qtype != "where" and "place" not in info.expects:
        return None
    m = _AFTER_WH.match(info.text, info.wh[1])
    if m is not None:
        return m.group(1) or m.group(2), True
    m = _BEFORE_WH.search(info.left.rstrip())
    return (m.group(1), False) if m is not None else None


def _stands(c: Candidate, bearing: str, before: bool) -> bool:
    f = c.sentence.folded
    if before:
        # a linking character or a side word with the bearing: "以东", "的东部", "东部" (not "东站", a name going on)
        return re.match(r"(?:的|以|之)" + bearing + "|" + bearing + _SIDE, f[c.end:]) is not None
    return re.search(bearing + _REACH + "$", f[max(0, c.start - 6):c.start]) is not None


def bearing_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first of the next few places of the best one's sentence that stands against
    the question's bearing moved first, when the best does not; else unchanged."""
    kept = list(kept)
    asked = _bearing(info)
    if asked is None or not kept:
        return kept
    bearing, before = asked
    best = kept[0]
    if best.type != "place" or _stands(best, bearing, before):
        return kept
    first = next((c for c in kept[1:1 + _LOOK] if c.sentence.id == best.sentence.id and c.type == "place"
                  and c.sentence.folded[c.start:c.end] not in info.text and _stands(c, bearing, before)), None)
    return to_front(kept, first)
