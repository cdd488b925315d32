"""The total asked by its word. "總計查扣多少瓶" ↔ "…疫苗530瓶,以及…共1,356瓶,總計1,886瓶": a sentence summing its
figures prints the sum right after the word of a total; a question using that word (总计, 合计, 共计, 总共, 累计)
asks the sum, not a part that printed another of the question's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first
from .year_figure import figure_unit

_TOTAL = re.compile(r"总计|合计|共计|总共|累计")


def total_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the figure printed right after the question's word of a total moved to the front,
    when the best figure is not and the sentence's is of the same unit ("过去一周累计共11,576人" ↛ "共11")."""
    kept = list(kept)
    m = _TOTAL.search(info.left)
    if info.qtype != "number" or m is None or not kept:
        return kept
    word = m.group()

    def after_word(c: Candidate) -> bool:
        before = c.sentence.folded[max(0, c.start - len(word) - 2):c.start]
        return before.rstrip("共为达约近有是").endswith(word)

    best = kept[0]
    if after_word(best):
        return kept
    return sibling_first(kept, lambda c: figure_unit(c) == figure_unit(best) and after_word(c))
