"""A day asked with its part ("哪天下午访问…", "几号上午"): of the times one sentence prints ("于十月二十日至廿三日访问
泰国…, 并于十月廿二日下午四时专程访问…"), the one that tells that part of the day answers; a bare day is the
span of the whole visit or another event of it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_PARTS = ("上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚")
# the question word for a day, then the part: "哪天下午", "哪一天上午", "几号晚上", "几日凌晨"
_ASKED = re.compile(r"(?:哪一?天|几号|几日|哪日)(" + "|".join(_PARTS) + ")")


def part_of_day_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with, when the question asks a day and its part and the best time lacks that part,
    the best time of the same sentence that prints the day with it moved first."""
    kept = list(kept)
    m = _ASKED.search(info.text)
    if info.qtype != "when" or m is None or len(kept) < 2 or kept[0].type != "time" or m.group(1) in kept[0].text:
        return kept
    part = m.group(1)
    best = kept[0]
    told = next((c for c in kept[1:] if c.type == "time" and c.sentence.id == best.sentence.id
                 and c.text.endswith(part) and len(c.text) > len(part)), None)
    if told is None:
        return kept
    return to_front(kept, told)
