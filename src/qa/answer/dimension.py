"""The figure of the dimension asked. "臺北港特定區有多大" ↔ "臺北港特定區位於台北港週邊八里、林口一帶約1138公頃土地":
多大 asks a size, told in a unit of area (公頃), not in one of length (八里, a district's name read as eight 里);
多高, 多深, 多宽 and 多远 ask a length, 多重 a weight, 多久 a span of time. Among the best sentence's figures, the one
whose unit measures the dimension asked answers before one whose unit measures another, or a count of things
("两个巨大的天坑" for 有多大的天坑)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import COUNT_NUMERALS, LENGTH_UNITS, WEIGHT_UNITS, alternation
from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first

# the units of each dimension, as a figure ends in them (longest first where one ends another: 平方米 before 米)
_AREA = re.compile(r"(?:平方米|平方公里|平方千米|平方英里|平方公尺|平方|公顷|英亩|亩|km²|m²)$")
_LENGTH = re.compile(alternation((*LENGTH_UNITS, "公厘", "吋", "呎", "哩")) + "$")
_WEIGHT = re.compile(alternation(WEIGHT_UNITS) + "$")
_DURATION = re.compile(r"(?:年|个月|天|日|小时|分钟|秒|周|星期|世纪)$")
_DIMENSIONS = {"area": _AREA, "length": _LENGTH, "weight": _WEIGHT, "duration": _DURATION}  # area first: 平方米
# the dimension each question word asks (多长 asks a length or a span of time: either is its answer)
_ASKED = {"多大": ("area",), "多高": ("length",), "多深": ("length",), "多宽": ("length",), "多远": ("length",),
          "多重": ("weight",), "多久": ("duration",), "多长": ("length", "duration")}
# a count in a measure word of things ("两个", "三座"): how many, not how big
_COUNT = re.compile(rf"[\d{COUNT_NUMERALS}多]\s?[个座只位名件条家所棵头]$")
_BOUND = re.compile(r"(?:左右|以上|以下|之多|上下)$")


def dimension(c: Candidate) -> str:
    """The dimension the figure's unit measures ("area", "length", "weight", "duration"), "" when none."""
    text = _BOUND.sub("", c.sentence.folded[c.start:c.end].strip())
    return next((name for name, rx in _DIMENSIONS.items() if rx.search(text)), "")


def dimension_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the best sentence's first figure of the dimension asked moved to the front, when the
    best figure measures another dimension."""
    kept = list(kept)
    asked = _ASKED.get(info.wh_word, ())
    if info.qtype != "number" or not asked or info.unit or not kept or kept[0].type != "number":
        return kept
    own = dimension(kept[0])
    if not own:
        if not _COUNT.search(kept[0].sentence.folded[kept[0].start:kept[0].end].strip()):
            return kept
        # "有多大的天坑" ↔ "分别是两个巨大的天坑…,其深度和直径范围分别是276米-285米…": a count of the things is no
        # size of them; the sentence's figure of the dimension asked, else of a length, tells it
        kept = sibling_first(kept, lambda c: c.type == "number" and dimension(c) in asked)
        return kept if dimension(kept[0]) else sibling_first(
            kept, lambda c: c.type == "number" and dimension(c) in ("area", "length", "weight"))
    if own in asked:
        return kept
    return sibling_first(kept, lambda c: c.type == "number" and dimension(c) in asked)
