"""The exact figure a round one stands for. "文秀幼儿园迎来了多少名新生" ↔ the headline "文秀幼儿园迎来百名新生" and
the text "…文秀幼儿园迎来了115名新生": a headline (or a lead) rounds a count to its magnitude (百名, 上千人, 近万
人), the story prints it exactly with the same words after it; the exact figure answers, not the round one that
scored on the headline's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .year_figure import folded_unit

# a magnitude alone, no digit nor numeral before it ("百名", "上千人", "近万人", "数百名"; not "两百名", "115名")
_ROUND = re.compile(r"^(?:上|近|逾|数|几)?[百千万]+(?:余|多)?[^\d\W]{0,2}$")
_DIGITS = re.compile(r"\d")
_AFTER = 2  # the words after both figures that tie them to one thing ("名|新生")


def _after(c: Candidate) -> str:
    return c.sentence.folded[c.end:c.end + _AFTER]


def exact_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first figure of the best's article in its unit, printed in digits, that the same
    words follow moved to the front, when the best is a round figure of a magnitude alone."""
    kept = list(kept)
    if info.qtype != "number" or not kept or kept[0].type != "number":
        return kept
    best = kept[0]
    if not _ROUND.match(best.sentence.folded[best.start:best.end]) or len(_after(best)) < _AFTER:
        return kept
    unit = folded_unit(best)
    return to_front(kept, next((c for c in kept[1:] if c.type == "number" and _DIGITS.search(c.text)
                                and c.sentence.article_id == best.sentence.article_id
                                and folded_unit(c) == unit and _after(c) == _after(best)), None))
