"""The day something was said, not the day of what was said. "Greater Dandenong市议会哪天表示后院泳池…须重新注册" ↔
"11月11日,Greater Dandenong市议会表示,12月1日开始,所有…居民将被要求重新注册…": a time stands before the verb it
dates, so the day before the saying verb (表示, 宣布, 指出…) dates the saying, and one printed after it belongs to
the words reported (own_event.py, which gives each time the words after it, takes the reported day there)."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# verbs that report words: what follows them is what was said, with its own times
SAYING = ("表示", "宣布", "指出", "透露", "强调", "声称", "宣称", "声明", "证实", "通报", "公布", "发布")
_SENTENCE_END = frozenset("。;；!！?？")
_REACH = 30  # characters at most between the time and the saying verb (its subject between: "市议会")


def said_day_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with, for a when-question whose question word stands right before a saying verb ("哪天
    表示"), the time printed nearest before that verb in the best time's sentence moved first, when the best time is
    printed after the verb (the reported words' time)."""
    kept = list(kept)
    if info.qtype != "when" or not kept or kept[0].type != "time":
        return kept
    verb = next((v for v in SAYING if info.right.lstrip().startswith(v)), "")
    best = kept[0]
    s = best.sentence.folded
    at = s.find(verb) if verb else -1
    if at < 0 or best.start < at + len(verb):
        return kept
    before = [c for c in kept if c.type == "time" and c.sentence.id == best.sentence.id and c.end <= at]
    if not before:
        return kept
    c = max(before, key=lambda c: c.end)
    if at - c.end > _REACH or any(ch in _SENTENCE_END for ch in s[c.end:at]):
        return kept
    return to_front(kept, c)
