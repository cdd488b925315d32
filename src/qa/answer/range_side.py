"""The end of a span of time the question asks. "…從什麼時候開始實施" ↔ "14世紀末至20世紀初": the question asks when it
began, the span's first end answers; "在什麼時間之前…仍然以…為主" ↔ "20世紀60年代到70年代初,…": it asks until when,
the span's last end answers. A question asking neither keeps the whole span ("何时播出" ↔
"1984年10月7日至1985年9月29日")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_WHEN = r"(?:什么时候|什么时间|何时|哪一?年|哪个时期)"
_START_ASKED = re.compile(r"(?:从|自)" + _WHEN + r"|" + _WHEN + r"(?:开始|起)")
_END_ASKED = re.compile(_WHEN + r"(?:之前|以前|为止)|(?:直到|到)" + _WHEN)
# the word joining the span's two ends (not a hyphen, which also joins two days of one month: 7月21-22日)
_JOIN = re.compile(r"\s?(?:起?至翌?年?|到|~|—|–)\s?")


def range_side(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """`best` cut to the end of its span of time the question asks, None when it asks no end or `best` is no span."""
    if info.qtype != "when" or best.type != "time":
        return None
    start = _START_ASKED.search(info.text) is not None
    if not start and _END_ASKED.search(info.text) is None:
        return None
    f = best.sentence.folded
    join = _JOIN.search(f, best.start, best.end)
    if join is None or join.start() == best.start or join.end() >= best.end:
        return None
    if start:
        return best.narrowed(best.start, join.start(), "range-start")
    return best.narrowed(join.end(), best.end, "range-end")
