"""A time or figure inside a bracketed aside that gives another account of the one printed right before it:
"斐济殖民政府哪一年颁发禁酒令" ↔ "1932 年(在老华侨余海湘回忆录中说是 1929 年)斐济殖民政府颁发禁酒令":
the sentence states 1932; the bracket reports what another source says (说是, 一说, 记载为…). The
candidate of the same type printed right before the opening bracket answers. A bracket holding the value
alone ("咸丰十年(1860年)", "9月1日(星期二)") glosses the same value in another calendar or form and is left
alone: the rule needs a word of another account before the candidate inside the bracket."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_OPEN, _CLOSE = "(（", ")）"
# what another source or telling says: "回忆录中说是", "一说", "另说", "或作", "记载为", "称"
_ACCOUNT = re.compile(r"说|称|记载|载为|记为|或作|一作")
_READ = 4  # the candidates after the best that are read


def _bracket_before(text: str, start: int) -> int:
    """The offset of the opening bracket whose aside holds `start` (no closing bracket between), or -1."""
    for i in range(start - 1, -1, -1):
        if text[i] in _CLOSE:
            return -1
        if text[i] in _OPEN:
            return i
    return -1


def stated_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` with the stated value first when the best candidate (a time or a figure) lies in a bracketed aside
    of another account right after a candidate of its type (see above); `kept` unchanged otherwise."""
    if not kept or kept[0].type not in ("time", "number") or not info.expects or kept[0].type not in info.expects:
        return list(kept)
    best = kept[0]
    text = best.sentence.text
    at = _bracket_before(text, best.start)
    if at < 0 or not any(c in _CLOSE for c in text[best.end:]) or _ACCOUNT.search(text, at + 1, best.start) is None:
        return list(kept)
    stated = next((c for c in kept[1:1 + _READ] if c.sentence.id == best.sentence.id and c.type == best.type
                   and c.end <= at and not text[c.end:at].strip()), None)
    return to_front(kept, stated)
