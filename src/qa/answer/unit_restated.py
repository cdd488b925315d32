"""A figure restated in the unit asked, in brackets right after it: "贵州粮食播种面积为2754.14千公顷(4131.20万亩)",
"13731亿斤(68653万吨)". Statistics news print the official unit first and the common one after it; "多少万亩" is
answered by the bracketed figure, not the best-scored one in 千公顷."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first


def restated_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the bracketed restatement of the best figure moved to the front when it, and not
    the best, is in the unit the question names."""
    kept = list(kept)
    if info.qtype != "number" or not info.unit or not kept or kept[0].text.endswith(info.unit):
        return kept
    best = kept[0]
    return sibling_first(kept, lambda c: c.text.endswith(info.unit)
                         and bool(re.fullmatch(r"\s*[(（]\s*", best.sentence.folded[best.end:c.start]))
                         and bool(re.match(r"\s*[)）]", best.sentence.folded[c.end:])))
