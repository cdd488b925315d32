"""A span answer that only restates the question: cut from its sentence by some rule, it holds most of the
question's own words and at most three content characters the question lacks ("拿破仑三世为什么流亡英国?" ↔
"拿破崙三世被迫流亡英國", "altivec提高处理器的数据处理效率有什么好处?" ↔ "AltiVec能够提高处理器的数据处理效率",
"…哪一个院会比较具党派色彩?" ↔ "一般被認為較參議院更具黨派色彩"). Such a span is the question said back, not the
thing asked, which the sentence leaves out or another sentence holds: declined (`decline:restated-span`).
`nothing_new.py` takes the whole sentence given; this one a span of any length rule cut from a sentence, as
long as it echoes the question: a name the question quotes in part (全美第一所建築學院 for 全美第一所什么学院)
covers half the question at most.

Measured against main 8020c179: CMRC 1 and DRCD 2 answers declined, all wrong, none right lost; a coverage of
0.5 would decline 4 more wrong and 5 right (names and whole sentences the question quotes in part)."""

from __future__ import annotations

from ..types import Candidate
from .nothing_new import ASKING, content
from .question import QuestionInfo
from .spans import echo_marks, echoed

_LONG = 6  # characters: a shorter span is a name or figure, whose words a question may well hold
_NEW_AT_MOST = 3  # content characters of the span the question does not hold
_COVERS = 0.6  # share of the question's content characters the span says back (names quoted in part: 0.5)


def restated_span(info: QuestionInfo, best: Candidate) -> str:
    """"decline:restated-span" when a long span says most of the question back and adds at most three characters."""
    if info.qtype not in ASKING or info.wh is None or best.type == "byline":
        return ""
    f = best.sentence.folded
    span = f[best.start:best.end]
    if len(span.strip()) < _LONG:
        return ""
    echo = echoed(f, info.text)[best.start:best.end]
    if sum(1 for c, e in zip(span, echo, strict=True) if not e and content(c)) > _NEW_AT_MOST:
        return ""  # the span tells something the question does not: maybe the answer
    asked = [c for c in info.text if content(c)]
    said = sum(1 for c, m in zip(info.text, echo_marks(info.text, span), strict=True) if m and content(c))
    return "decline:restated-span" if said >= _COVERS * len(asked) else ""
