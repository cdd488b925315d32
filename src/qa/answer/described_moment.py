"""A when-question answered with a moment described, not dated: "固原市委就党代会报告征求意见的座谈会是什么时候召开的" ↔
"…指出这次党代会是在进入新发展阶段、…的关键时期召开的一次…大会" (the best time: "关键时期", the period a 的-phrase
describes) and the lead "…召开前,11月10至11日,市委…召开多场座谈会…" (a day). "在…的关键时期/重要时刻/历史关头召开"
says what the moment means, the way a speech characterises an event, not when it was; a question asking when an
event took place, when a day of the calendar is printed among the best candidates, is answered by that day. So a best
time that is a period noun (时期, 阶段, 时刻, 关头, 之际, 节点) right after 的 gives way to the first of the next
candidates holding a month, day or year in figures or numerals, from a sentence holding the question's words as much
(its coverage not lower); not when the question asks a period (哪个时期, 什么阶段, 哪个年代)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_DESCRIBED = re.compile(r"(?:时期|阶段|时刻|关头|之际|节点)$")
_DATED = re.compile(r"[\d〇零一二两三四五六七八九十]+\s?(?:年|月|日|号)")
_PERIOD_ASKED = re.compile(r"时期|阶段|年代|时代|朝代|关头")
_READ = 4  # the candidates after the best that are read


def dated_first(kept: Sequence[Candidate], info: QuestionInfo, coverage: Callable[[Candidate], float]
                ) -> list[Candidate]:
    """`kept` with a dated time first when the best is a moment described by a 的-phrase (see above)."""
    if info.qtype != "when" or len(kept) < 2 or _PERIOD_ASKED.search(info.text):
        return list(kept)
    best = kept[0]
    f = best.sentence.folded
    if best.type != "time" or _DESCRIBED.search(f[best.start:best.end]) is None or _DATED.search(best.text) \
            or not f[:best.start].endswith("的"):
        return list(kept)
    dated = next((c for c in kept[1:1 + _READ] if c.type == "time" and _DATED.search(c.text)
                  and coverage(c) >= coverage(best)), None)
    return to_front(kept, dated)
