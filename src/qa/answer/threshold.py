"""A threshold asked ("瓦埠湖的警戒水位是多少米", "汛限水位", "设计流量") is a level fixed beforehand, not the reading:
a figure printed after the bare measure ("瓦埠湖水位20.04米,…均超过正常水位") is what the water stands at, so it does
not answer ("decline:threshold"). Where the clause prints the threshold's word before the figure ("警戒水位21米"), it
does."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import VALUE_END, clause_start

# the threshold's word, then the measure it sets ("警戒水位", "保证水位", "汛限水位", "设计流量")
_THRESHOLD = re.compile(r"(警戒|保证|汛限|设计)(水位|流量|雨量|库容)")


def threshold_unprinted(info: QuestionInfo, best: Candidate) -> str:
    if info.qtype != "number":
        return ""
    m = _THRESHOLD.search(info.text)
    if m is None:
        return ""
    f = best.sentence.folded
    said = f[clause_start(f, best.start, VALUE_END):best.start]
    return "decline:threshold" if m.group(1) not in said and m.group(2) in said else ""
