"""The count of the things the question bounds by a figure of its own. "年旅客吞吐量不足1万人次的机场有几个" ↔
"其中7个机场的年旅客吞吐量不足1万人次", not "年旅客吞吐量在1000万人次以上的机场为10个": a report counting things
by a threshold (不足1万人次, 1000万人次以上) prints each count in the clause naming its threshold; the count whose
clause prints the question's figure answers, not a better scored one whose clause names another threshold."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# a threshold: a figure with its measure and the bound word before or after it ("不足1万人次", "1000万人次以上"),
# not a figure that only names or dates a thing (61岁老人, 12个项目中, 2023全国大会, 5·19)
_BOUND = re.compile(r"(?:不足|不到|不满|少于|低于|多于|高于|超过|超出|逾)(\d+(?:\.\d+)?[万亿千百]?[^\W\d_的以]{1,2})"
                    r"|(\d+(?:\.\d+)?[万亿千百]?[^\W\d_的以]{1,2})(?:以上|以下|以内|之上|之下)")
_ENDS = frozenset(",，;；。!！?？")
_READ = 6  # the candidates a count is looked for among


def _clause(c: Candidate) -> str:
    f = c.sentence.folded
    start, end = c.start, c.end
    while start > 0 and f[start - 1] not in _ENDS:
        start -= 1
    while end < len(f) and f[end] not in _ENDS:
        end += 1
    return f[start:end]


def _asked_figures(info: QuestionInfo) -> list[str]:
    """The question's own thresholds, outside its question word ("1万人次" of "不足1万人次的机场有几个")."""
    lo, hi = info.wh if info.wh else (len(info.text), len(info.text))
    return [m.group(m.lastindex or 0) for m in _BOUND.finditer(info.text) if m.end() <= lo or m.start() >= hi]


def _prints(c: Candidate, figure: str) -> bool:
    """The candidate's clause prints the figure, the candidate itself aside."""
    return figure in _clause(c).replace(c.sentence.folded[c.start:c.end], "\0", 1)


def bound_figure_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first of the next few figures whose clause prints every threshold of the question
    moved to the front, when the best's clause prints none of them."""
    kept = list(kept)
    if info.qtype != "number" or not kept or kept[0].type != "number":
        return kept
    figures = _asked_figures(info)
    if not figures or any(_prints(kept[0], x) for x in figures):
        return kept
    return to_front(kept, next((c for c in kept[1:_READ] if c.type == "number"
                                and all(_prints(c, x) for x in figures)), None))
