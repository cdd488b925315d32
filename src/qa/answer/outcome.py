"""An outcome asked ("…会有什么结果?", "…会带来什么坏处?", "…有了什么转变?") and answered by a whole sentence: the last
clause a word of contrast or consequence opens, without that word ("…,否则就|失一分", "…,但同时|制造空气污染", "…所影响,
但|开始显现本土特色"); the clauses before it tell the circumstances the question restates."""

from __future__ import annotations

import re

from .question import QuestionInfo
from .spans import echoed

_ASKS_OUTCOME = re.compile(r"(?:什么|甚么|何)(?:样的)?(?:结果|后果|坏处|害处|转变|变化|下场)")
# a clause opened by contrast or consequence, with the adverbs after the opener ("否则就", "但同时")
_OPENS = re.compile(r"(?:但是|但|否则|结果|于是|从而|因而|却)(?:就|同时|也|则|还|便|才|会|将)*")
_CLAUSE_MARKS = ",，;；"


def outcome_span(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the last clause of `folded`, its opener left out, when contrast or consequence opens it,
    the question asks an outcome and the clauses before it echo the question; None otherwise."""
    if info.qtype not in ("what", "other") or not _ASKS_OUTCOME.search(info.text):
        return None
    end = len(folded.rstrip("。!?！？ "))
    starts = [i + 1 for i, c in enumerate(folded[:end]) if c in _CLAUSE_MARKS]
    echo = echoed(folded, info.text)
    if not starts:
        return None
    # the sentence's last clause only: an outcome the sentence goes on about after its opener ("但当中混合使用了…,如
    # 视讯、…等") is told by the whole sentence (CMRC's gold)
    at = starts[-1]
    m = _OPENS.match(folded, at)
    if m is None or end - m.end() < 2 or sum(echo[:at]) < 4:
        return None
    return m.end(), end
