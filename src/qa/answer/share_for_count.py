""""台中肉品市場每天拍賣多少頭豬?" ↛ "…減少拍賣量三分之一": a count asked in a measure word (多少头, 几个, 多少名) is
not answered by a share (三分之一, 30%, 5‰) — a part of some whole, no number of heads — though it ends in a numeral
that reads as a bare count to the unit check ("decline:unit"). A unit that is itself a share or a ratio (几成,
多少百分点, 多少倍, 百分比) is answered by one ("蘇利南約有幾成的人…" ↔ "約60%")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_SHARE = re.compile(r"分之|%|‰")
_SHARE_UNITS = ("成", "%", "‰", "百分比", "百分点", "倍", "比例", "折", "分之")


def share_for_count(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when a count asked in a measure word is answered by a share; "" otherwise."""
    if info.qtype != "number" or not info.unit or info.unit.endswith(_SHARE_UNITS):
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    return "decline:unit" if _SHARE.search(text) and not text.endswith(info.unit) else ""
