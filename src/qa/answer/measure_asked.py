"""A count asked by a measure word no unit list holds, printed right after the question word ("多少瓶疫苗",
"多少K", "多少公噸廚餘", "多少席次"), and answered by a bare number the sentence prints with that measure right
after it ("530瓶", "6500K", "3席"): the measure is the number's, and the answer keeps it. (`shape._counted_noun`
reads a question that ends on the noun it counts; this one the measure opening the question's right side.)"""

from __future__ import annotations

import re

from ..lexicon import SPAN_EDGE_LIGHT
from ..types import Candidate
from .question import QuestionInfo

_LATIN_MEASURE = re.compile(r"[a-z]{1,3}(?![a-z])")  # "多少k", "多少mw": a unit in Latin letters
_BARE_END = re.compile(r"[\d零〇一二三四五六七八九十百千万亿两]$")
# a light word ("有多少|是女性") or a bound the question asks with ("多少|以上", "多少|左右") is no measure
_NOT_MEASURES = SPAN_EDGE_LIGHT | frozenset("以左多余约近")


def measure_kept(best: Candidate, info: QuestionInfo) -> Candidate:
    """The bare number `best` run on over the measure the question asks in, when the sentence prints it next."""
    if not info.wh or info.unit or best.type != "number":
        return best
    f = best.sentence.folded
    if not _BARE_END.search(f, 0, best.end):
        return best
    right = info.right
    latin = _LATIN_MEASURE.match(right)
    if latin:
        measure = latin.group()
    elif right[:1].isalpha() and right[:1] not in _NOT_MEASURES:
        # the characters the sentence goes on with as the question does after its question word: one or two
        # (席, 公吨); more is a word the measure opens that the question only echoes ("立方|公尺", "瓶|疑似…")
        common = next((k for k in range(min(len(right), 3), 0, -1) if f.startswith(right[:k], best.end)), 0)
        measure = right[:common] if common <= 2 else ""
    else:
        return best
    if measure and f.startswith(measure, best.end):
        return best.narrowed(best.start, best.end + len(measure), "measure")
    return best
