"""A change asked is no level it started from. "连续三年在排水不良的田中掩埋稻草的话最多稻米的产量会增加多少" is not
answered by "2.1%" of "会让稻田土壤有机质含量自2.1%增加至2.7%": the figure after 自/从/由 and before the verb of
change is where the change began, not how much it was ("decline:measure"). A level asked ("增加到多少", "增至多少")
may be answered by the level it reached, and a level it started from is asked as such ("原来是多少")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_CHANGE = r"(?:增加|增长|提高|上升|上涨|下降|减少|降低|下跌|扩大|缩小|成长|增|升|降|涨|跌)"
# the question asks the change itself: its verb right before the question word, not a level after 到/至/为
_CHANGE_ASKED = re.compile(_CHANGE + r"了?(?:约|大约|近|将近)?$")
_FROM_BEFORE = re.compile(r"[自从由]$")
_CHANGE_AFTER = re.compile(r"\s?" + _CHANGE)


def from_level_for_change(info: QuestionInfo, best: Candidate) -> str:
    """"decline:measure" when a change is asked and the answer is the level after 自/从/由 that the change
    starts from; "" otherwise."""
    if info.qtype != "number" or not _CHANGE_ASKED.search(info.left):
        return ""
    f = best.sentence.folded
    return "decline:measure" if _FROM_BEFORE.search(f, 0, best.start) and _CHANGE_AFTER.match(f, best.end) else ""
