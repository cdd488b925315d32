"""A whole sentence given for a 什么-question whose left anchor the sentence prints only in part: the words between
the last of the question's own words before 什么 and the words after it.

"很多女性认为伴侣或是专业人士提供的什么是很有帮助的?" ↔ "很多女性还觉得伴侣、伙伴或专业人士的|情感支持|很有帮助": the
slot's left anchor (提供的) is not printed, so no slot was cut and the whole sentence answered; but the question's
words after 什么 (很有帮助, its copula dropped) close the answer, and the last pair of the question's characters
before it (人士) opens it. Taken only when what lies between is one clause's short run (2 to 12 characters) that
the question does not itself say: a run over a clause break or a long one is no name of a thing.

Measured against main b0ddf857: DRCD 1 better (3356-3-3), none worse; CMRC identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import trim
from .told import is_whole

_ASKED = frozenset(("what", "definition"))
_WH = frozenset(("什么", "甚么"))  # (read with a copula after it: 什么是)
_LIGHT_OPENING = re.compile(r"^(?:是|的)+")  # the copula and 的 after 什么, which the sentence need not print
_BREAK = re.compile(r"[,，;；、:：。!！?？]")
_SHORTEST, _LONGEST = 2, 12
_POINTERS = frozenset("此这该那其")  # a run opening with one points to a thing named elsewhere
_CONNECTIVES = frozenset("而则就也又才并且")  # a run closing with one is a clause's opening, no name


def loose_frame(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The run between the question's last echoed pair before 什么 and its words after it, in a whole-sentence
    answer; None otherwise."""
    if info.qtype not in _ASKED or info.wh_word[:2] not in _WH or not is_whole(best):
        return None
    f = best.sentence.folded
    right = _LIGHT_OPENING.sub("", info.right.strip().rstrip("?？ "))
    close = -1
    for n in range(len(right), 1, -1):
        close = f.find(right[:n])
        if close >= 0:
            break
    if close < 0:
        return None
    left = info.left.strip()
    pairs = {left[i:i + 2] for i in range(len(left) - 1)}
    open_ = next((j for j in range(close, 1, -1) if f[j - 2:j] in pairs), -1)
    if open_ < 0:
        return None
    start, end = trim(f, open_, close)
    while start < end and f[start] == "的":
        start += 1
    text = f[start:end]
    if not _SHORTEST <= len(text) <= _LONGEST or _BREAK.search(text) or text in info.text \
            or text[0] in _POINTERS or text[-1] in _CONNECTIVES:
        return None  # (含氧量低的血液由|此而|被送进: a pointer and a connective, named before)
    return best.narrowed(start, end, "frame")
