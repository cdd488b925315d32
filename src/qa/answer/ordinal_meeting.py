"""A meeting is named with its ordinal: "在…委员会第14次全体会议上强调" asked "在什么会议上" is answered
"第14次全体会议", not "全体会议" — the ordinal (第N次, 第N届) tells which of the body's meetings it was."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_MEETING_END = ("会议", "大会", "全会", "年会", "论坛", "峰会", "会")
_ORDINAL_BEFORE = re.compile(r"第[\d一二三四五六七八九十百零〇两]{1,5}[次届]$")


def with_ordinal(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """`best` widened to the ordinal printed right before the meeting it names, when the question asks which
    meeting (什么会议, 哪次会议) and prints no ordinal itself; None otherwise."""
    if not re.search(r"(?:什么|哪[一个次届]?)[\u4e00-\u9fff]{0,4}(?:会议|大会|会)", info.text):
        return None
    f = best.sentence.folded
    if not f[best.start:best.end].endswith(_MEETING_END):
        return None
    m = _ORDINAL_BEFORE.search(f, 0, best.start)
    if m is None or m.end() != best.start:
        return None
    return best.narrowed(m.start(), best.end, "ordinal")
