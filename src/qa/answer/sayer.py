"""The source a which-question asks, read off a sentence that opens with it: "…是在哪一部經典中所提到?" and "…的是
哪一方的觀點?" ask who or what says the words they echo, and "印度教經文|指出,自殺者將成為孤魂…" or "反對同性婚姻者,
|主張限制同志收養子女之自由…" names it before its saying verb at the sentence's opening. The gap (gap.py) reads
the noun run beside the echoed words instead, on the far side of the saying verb (孤魂, 認同和性傾向)."""

from __future__ import annotations

import re

from ..lexicon import PUNCT
from .question import QuestionInfo

# a which-question asking the source of what it echoes: the book, text or side that tells it
_ASKS_SOURCE = re.compile(r"哪一?[部本篇份方种个]?[^\W\d_]{0,3}(?:中所?提[到及]|所?提[到及]|中所?记载|所?记载|"
                          r"中所?指出|的观点|的看法|的主张|的说法)")
# the saying verb right after the source, at the sentence's opening ("…经文|指出,", "…者,|主张")
_OPENING_SOURCE = re.compile(r"^([^\W\d_]{2,10}?)[,，]?(?:指出|认为|主张|表示|提到|记载|写道|声称|宣称)")
_LONGEST = 10


def sayer_span(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the source named before a saying verb opening `folded`, when the question asks the source
    of what it echoes; None otherwise."""
    if info.qtype not in ("what", "other") or not _ASKS_SOURCE.search(info.text):
        return None
    m = _OPENING_SOURCE.match(folded)
    if m is None or any(c in PUNCT for c in m.group(1)) or len(m.group(1)) > _LONGEST:
        return None
    return m.start(1), m.end(1)
