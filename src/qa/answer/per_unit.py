"""A rate is told with what it is per. "淮海中路街道的人口密度是多少" ↔ "…人口密度达到每平方公里69670人": a density or
speed asked (密度, 速率, 速度) is the figure with the 每-phrase printed right before it ("每平方公里69670人", "每秒30"),
not the bare count, which says how many but not per what."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_RATE_ASKED = re.compile(r"密度|速率|速度|转速|频率|流量")
_PER = re.compile(r"每(?:平方)?[^\W\d_,，。;；、]{1,3}$")  # "每平方公里", "每秒", "每小时" right before the figure


def per_unit(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best figure widened to the 每-phrase printed right before it, when the question asks a rate and does
    not print that phrase itself; None otherwise."""
    if info.qtype != "number" or best.type != "number" or not _RATE_ASKED.search(info.text):
        return None
    f = best.sentence.folded
    m = _PER.search(f, max(0, best.start - 6), best.start)
    if m is None or m.group() in info.text:
        return None
    return best.narrowed(m.start(), best.end, "per")
