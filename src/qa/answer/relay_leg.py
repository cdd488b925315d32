"""A relay's leg is no amount. "2008年世界游泳锦标赛中,拉诺米刷新了的世界纪录是多少" is not answered by "200米" of
"赢得4x200米自由式接力赛冠军": the distance after the number of swimmers (4x, 4×) names the event, it measures
nothing the question asks; a how-much question answered by it declines ("decline:unit"), unless the question
names that event itself."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_LEGS_BEFORE = re.compile(r"\d\s?[x×]\s?$")  # "4x|200米", "4×|100米" (folded: lower case)


def relay_leg(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when a number question's answer is the leg of a relay printed after 4x and the question
    does not name that relay; "" otherwise."""
    if info.qtype != "number":
        return ""
    f = best.sentence.folded
    m = _LEGS_BEFORE.search(f, max(0, best.start - 4), best.start)
    if m is None:
        return ""
    event = re.sub(r"\s", "", f[m.start():best.end]).replace("×", "x")
    return "" if event in re.sub(r"\s", "", info.text).replace("×", "x") else "decline:unit"
