"""A what-answer cut inside a title in 《》 is the whole title: the work is named by all of it.

"韓國軍隊可以根據哪一法案…" ↔ "…通過了《有關國軍參與海外派遣活動的|法律案|》": the head rule stops at the noun asked
(法律案), the subject rule at the words before the title's last character ("《安邦定國|誌》"), the gap rule at the
words the question does not echo ("《布告各省|公啟》", "《一種|美味|》"); a title in 《》 names one work, and the
gold spans print it whole. Not when the question prints a title itself ("《〈聖經〉武加大譯本》一詞中的「武加大」
其原意為?" asks a word of it), nor when the question prints the title's words, nor when it asks a body, a place
or a person ("由哪個單位決定" ↛ "《中華人民共和國國務院組織法》").

Measured against main b0ddf857 (with gap.py's figure clause and 的 + noun asked): DRCD 5 better (1193-18-2,
1193-59-3, 4941-26-3, 5722-7-1, 6268-3-3) / 0 worse, 1 wrong answer declined after it (《東亞日報》, listmate);
CMRC 2018 trial identical. Without the body-asked guard 1 more worse (0.17 → 0.15).
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_TITLE = re.compile(r"《([^《》。]{2,40})》")


def whole_title(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The title in 《》 holding the answer strictly inside it, brackets and all; None otherwise."""
    if info.qtype not in ("what", "other") or info.expects or "+list" in best.rule or "《" in info.text:
        return None  # (a body, place or person asked, "由哪個單位決定", is no work: "《…國務院組織法》" stays cut)
    f = best.sentence.folded
    for m in _TITLE.finditer(f):
        if m.start() < best.start and best.end < m.end() and (best.start, best.end) != (m.start(1), m.end(1)) \
                and m.group(1) not in info.text:
            return best.narrowed(m.start(), m.end(), "title")
        if m.start() <= best.start and best.end <= m.end():
            return None  # the title itself, or its inner words, already
    return None
