"""A model's code is no amount. "目前最快的飛機時速多少" ↔ "最快的飛機是美國空軍的X-15在1967年創造的,它的速度只有
7,920公里/小時": the figure inside a name in Latin letters (X-15, A320, F-16) names the aircraft, it counts nothing;
an amount asked is answered by a figure of the same sentence that is not such a code."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first

_CODE = re.compile(r"[a-z]{1,5}-?\d[a-z\d]*")  # the letters the figure runs on from (typed._CODE_PREFIX)
# a question asking a code, a name or a number in a series: the code is the answer then
_CODE_ASKED = re.compile(r"型号|编号|代号|代码|名称|名字|号|款")


def amount_over_code(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the best sentence's first figure that is no code moved to the front, when the best
    is a code and the question asks no code."""
    kept = list(kept)
    if info.qtype != "number" or not kept or kept[0].type != "number" or _CODE_ASKED.search(info.text):
        return kept
    best = kept[0]
    if not _CODE.fullmatch(best.sentence.folded, best.start, best.end):
        return kept
    return sibling_first(kept, lambda c: c.type == "number"
                         and not _CODE.fullmatch(c.sentence.folded, c.start, c.end))
