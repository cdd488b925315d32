"""An attribute asked by its noun is answered by the noun phrase that ends in it, not by the whole sentence.

"教堂的建筑风格是什么?" ↔ "此外,这座教堂为巴罗克风格建筑的杰作,是…的一部分": "X的Y是什么" asks the value of Y,
and the phrase of the best sentence ending as the noun asked does ("巴罗克风格"; "经济产业" ↔ "旅游业", its last
character; "高校" names no 校训) names it; the whole sentence, which the definition fallback gives any sentence
ranked first, pads it with what else the sentence tells. Only the phrase of that same sentence, among the next
few candidates, is taken: a phrase of another sentence is another thing's ("意大利文艺复兴多种风格")."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .told import is_whole

_NEXT = 4  # candidates read after the best one


def asks_attribute(info: QuestionInfo) -> bool:
    """"X的Y是什么": a definition question asking an attribute of X, the question word last."""
    return info.qtype == "definition" and info.wh_word == "是什么" and "的" in info.left \
        and not info.right.strip("?？ 的呢")


def attribute_head_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the phrase of the best sentence ending in the noun asked moved to the front, when
    the best candidate is that whole sentence; `kept` unchanged otherwise."""
    kept = list(kept)
    if not kept or not asks_attribute(info) or kept[0].type != "sentence" or not is_whole(kept[0]):
        return kept
    best = kept[0]
    noun = info.left.rstrip("?？ 的呢")  # the phrase ends as the noun asked does: "风格", "产业" ↔ "旅游业"
    for c in kept[1:1 + _NEXT]:
        if c.sentence.id == best.sentence.id and "src_head" in dict(c.features) and c.text not in info.text \
                and c.text.endswith(noun[-1]):
            return to_front(kept, c)
    return kept
