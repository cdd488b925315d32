"""A time told with the happening that marks it. "峡谷什么时候可能会短期关闭" ↔ "只有在春季化雪的时候可能会短期关闭":
春季 alone says the season, "春季化雪的时候" says when in it (as the reader, and CMRC's answer, has it). A time span
run on by a few words into 的时候 is answered with them."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# a few words, then 的时候, right after the time ("春季|化雪的时候"), within its clause
_RUN_ON = re.compile(r"[\u4e00-\u9fff]{1,6}?的时候")


def with_happening(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The time widened over the words and 的时候 printed right after it, for a when-question; None otherwise."""
    if info.qtype != "when" or best.type != "time":
        return None
    m = _RUN_ON.match(best.sentence.folded, best.end)
    return best.narrowed(best.start, m.end(), "happening") if m else None
