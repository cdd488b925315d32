"""A count of parts asked with 大 ("包括几大板块") ↔ "…四区联动…三大板块": news groups what it lists as numeral + 大
+ noun ("三大板块", "6大功能区"); the numeral and 大 before the noun asked are the count, which no number span covers
(大 is no measure word)."""

from __future__ import annotations

import re

from .question import QuestionInfo
from .spans import Span

_NUMERAL = r"[一二两三四五六七八九十\d]{1,3}"


def big_counts(folded: str, info: QuestionInfo) -> list[Span]:
    """The counts "N大" printed before the noun the question counts with 几大/多少大 (its first two characters)."""
    if info.qtype != "number" or info.unit != "大":
        return []
    noun = re.match(r"[\u4e00-\u9fff]{1,2}", info.right)
    if noun is None:
        return []
    return [Span(m.start(), m.start(1) + len(m.group(1)) + 1, "number", "number")
            for m in re.finditer("(" + _NUMERAL + ")大" + re.escape(noun.group()), folded)]
