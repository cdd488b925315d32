"""A time asked in the cleft "X是何时…的" ("尤金袋鼠是何时被发现的", "马飚是何时步入政界的"): the reader wants
the time with the event it dates, "1994年,马飚出任…助理,步入政界", as CMRC's answers print it; the bare time
("1994年") leaves the event out. The answer runs from the time to the last of the question's predicate that the
sentence prints after it. DRCD asks the cleft rarely (2 of its 520 when-questions) and answers most when-questions
with the bare time, so only the cleft is widened."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# 是 (在) right before the question word, 的 closing the question: the cleft that stresses when it happened
_CLEFT_WH = re.compile(r"何时|什么时候|什么时间")
_SENTENCE_END = re.compile(r"[。!?！？;；]")
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_LIGHT = "被所给让"  # the passive's marks before the verb ("是何时被发现的")


def with_event(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The time widened over the event the cleft question asks the time of, or None when it is no cleft or the
    sentence prints none of the question's predicate after the time."""
    if info.qtype != "when" or best.type != "time" or info.wh is None or "年" not in best.text:
        return None  # (a day of the news, "11日下午", is shown bare, dated by the page: only a dated year is widened)
    if not _CLEFT_WH.fullmatch(info.wh_word) or not info.text[:info.wh[0]].endswith(("是", "是在")):
        return None
    if not info.right.endswith("的") or len(info.right) < 3:
        return None
    predicate = info.right[:-1]
    f = best.sentence.folded
    stop = _SENTENCE_END.search(f, best.end)
    limit = stop.start() if stop else len(f)
    end = best.end
    for i in range(len(predicate) - 1):
        pair = predicate[i:i + 2]
        if not _CJK.fullmatch(pair):
            continue
        at = f.find(pair, best.end, limit)
        if at >= 0:
            end = max(end, at + 2)
    if end <= best.end:
        return None
    verb = predicate.lstrip(_LIGHT)
    added = f[best.end:end]
    if (len(verb) <= 2 and len(added) <= len(verb) + 1) or len(added) <= 3:
        return None  # "1910年启用", "1999年才发表", "1878年1月發行": a lone verb after the time adds nothing to it
    if added.startswith("由"):
        return None  # "1849年11月1日由巴伐利亞王國發行": who did it is not asked; the time alone answers
    return best.narrowed(best.start, end, "event")
