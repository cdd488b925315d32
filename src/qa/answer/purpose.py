"""A question that asks for a purpose ("…的目的是?", "出于什么目的…?") answered by a whole sentence: the purpose is
the clause a purpose marker opens ("為了繼續吞併全印度，推行…" → 繼續吞併全印度; "設置常平倉以平抑物價" → 平抑物價;
"意圖完全擺脫漢朝的控制"), not the sentence around it. A 以 counts only right after words the question echoes
(設置常平倉|以), since 以 also opens a means ("以X之名") or an instrument."""

from __future__ import annotations

import re

from ..lexicon import PUNCT
from .question import QuestionInfo

_ASKS_PURPOSE = re.compile(r"目的")
# markers whose clause is the purpose; 为了 and 为 of "为…而" are the common ones
_MARKER = re.compile(r"为了|意图|旨在|用以|以便|借以|以求|目的是|目的在于")
_BY = "以"  # purpose only after the echoed action ("设置常平仓以平抑物价")


def purpose_span(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the purpose clause of `folded` for a question asking a purpose; None when there is none."""
    if info.qtype in ("why", "how") or not _ASKS_PURPOSE.search(info.text):
        return None
    # the 以 right after the echoed action first: a 为了 elsewhere in the sentence may tell another's purpose
    starts = [i + 1 for i, c in enumerate(folded) if c == _BY and i >= 2 and folded[i - 2:i] in info.text]
    starts += [m.end() for m in _MARKER.finditer(folded)]
    for start in starts:
        end = start
        while end < len(folded) and folded[end] not in PUNCT:
            end += 1
        if end - start >= 2 and folded[start:end] not in info.text:
            return start, end
    return None
