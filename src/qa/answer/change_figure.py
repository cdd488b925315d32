"""The figure of the change asked, not the level. "博彩毛收入按年跌了多少" ↔ "…按月增加16.1%至34.82亿元,惟按年仍跌
56.3%": a sentence telling a level and its changes prints each change right after its verb (仍跌, 大跌, 增加); the
question asking a change by its verb (跌了多少) is answered by the figure printed after a verb of the same
direction, not by the level (34.82亿元, after 至) that scored on the words they share."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first

# the verb of change the question puts right before its question word, by direction
_ASKED = re.compile(r"(?:(?P<fall>下跌|下降|下调|减少|降低|跌|降)|(?P<rise>上涨|上升|上调|增加|增长|提高|涨|升))了?$")
_FALL = frozenset("跌降减")
_RISE = frozenset("涨升增长")
_BEFORE = 3  # the characters before a figure that hold its verb ("仍跌|56.3%", "大跌|51.4%", "增长|4.1%")


def _after_verb(c: Candidate, chars: frozenset[str]) -> bool:
    f = c.sentence.folded
    return any(ch in chars for ch in f[max(0, c.start - _BEFORE):c.start])


def change_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first later figure of the best's sentence printed right after a verb of the
    direction the question asks moved to the front, when the best is printed after none."""
    kept = list(kept)
    m = _ASKED.search(info.left.rstrip())
    if info.qtype != "number" or m is None or not kept or kept[0].type != "number" or info.right.strip("?？ 。"):
        return kept
    chars = _FALL if m.group("fall") else _RISE
    if _after_verb(kept[0], chars):
        return kept
    return sibling_first(kept, lambda c: c.type == "number" and _after_verb(c, chars))
