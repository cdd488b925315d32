"""A name in quotation marks is no time. "韩国要在什么时间之前都不被中国视为国家" is not answered by "黑汗王朝" of
"中国学界也长期将这个国家称为「黑汗王朝」": a dynasty's or an era's name printed as a whole quotation is what
something is called (称为, 改名为), not when anything happened; a when-answer that is one declines
("decline:type")."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo

_PAIRS = {"「": "」", "“": "”", "『": "』", "《": "》", '"': '"'}


def quoted_time(info: QuestionInfo, best: Candidate) -> str:
    """"decline:type" when a when-question's answer is the whole of a quotation; "" otherwise."""
    if info.qtype != "when" or best.start == 0:
        return ""
    f = best.sentence.folded
    close = _PAIRS.get(f[best.start - 1])
    return "decline:type" if close is not None and f[best.end:best.end + 1] == close else ""
