"""A rival's own figure, not the margin over them. "蔡适应得了多少票" ↔ "领先对手蔡适应约2.5万票" and "领先主要对手
蔡适应的7万1354票逾2.5万票": a figure printed right after the rival a lead is taken over (领先/落后 X, no 的) is
the margin between them; the rival's own figure is printed after X的. A question asking the rival's figure, not
the margin, is answered by the one after X的."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import clause_start
from .year_figure import folded_unit

_LEAD = re.compile(r"领先|落后")
_MARGIN_ASKED = re.compile(r"领先|落后|相差|差距|多出|少了|多了|差了")
_BOUND = "约逾近超达"  # a bound between the rival and the figure ("蔡适应|约|2.5万票")


def _label(c: Candidate) -> str:
    f = c.sentence.folded
    return f[clause_start(f, c.start):c.start].rstrip(_BOUND)


def _margin(c: Candidate) -> bool:
    label = _label(c)
    return bool(_LEAD.search(label)) and not label.endswith("的")


def _owned(c: Candidate, question: str) -> bool:
    """The figure is printed after a name the question prints and 的 ("蔡适应的|7万1354票")."""
    label = _label(c)
    return label.endswith("的") and len(label) >= 3 and label[-3:-1] in question


def rival_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first figure in the best's unit printed after a name of the question and 的
    moved to the front, when the best is a margin over a rival and the question asks no margin."""
    kept = list(kept)
    if info.qtype != "number" or not kept or kept[0].type != "number" or not _margin(kept[0]) \
            or _MARGIN_ASKED.search(info.text):
        return kept
    unit = folded_unit(kept[0])
    return to_front(kept, next((c for c in kept[1:] if c.type == "number" and folded_unit(c) == unit
                                and _owned(c, info.text)), None))
