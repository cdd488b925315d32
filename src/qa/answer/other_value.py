"""A distance or weight the question names to say which event it asks of ("九江女队的|100米|成绩是多少", "48公斤级
冠军的成绩"), and the answer is a figure in that same unit with another value ("200米"): a figure of the other
event the paragraph tells of, the asked one not printed ("decline:other"). A question that asks a length or a
weight itself ("多长", "宽度是多少", "多少米") may well get another value in the unit it names: left alone."""

from __future__ import annotations

import re

from ..lexicon import LENGTH_ASKED, MEASURED
from ..types import Candidate
from .features import measured_units
from .question import QuestionInfo

_UNITS = tuple(sorted({*MEASURED["长度"], *MEASURED["重量"]}, key=len, reverse=True))
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(" + "|".join(_UNITS) + r")(?![a-z])")
# the question asks a dimension itself ("宽度是多少", "直径有多少", "多重")
_DIMENSION = re.compile(r"[宽长高深厚]度|直径|半径|距离|跨度|海拔|周长|身高|体重|重量|多重|多高|"
                        + "|".join(LENGTH_ASKED))


def other_value(info: QuestionInfo, best: Candidate) -> str:
    """"decline:other" when the answer is a length or weight the question names with another value."""
    if info.qtype != "number" or info.unit or measured_units(info) or _DIMENSION.search(info.text):
        return ""
    answer = _FIGURE.fullmatch(best.sentence.folded[best.start:best.end].strip())
    if answer is None:
        return ""
    named = [m for m in _FIGURE.finditer(info.text) if m.group(2) == answer.group(2)]
    return "decline:other" if named and all(float(m.group(1)) != float(answer.group(1)) for m in named) else ""
