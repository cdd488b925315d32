"""Which of several names of the kind asked in one sentence the question is about, by the words printed right
after each: "仇云霞在哪所大学取得法学硕士学位" ↔ "拥有中国清华大学法学学士学位和加拿大麦吉尔大学法学硕士学位" —
both universities are followed by a degree, and the one whose phrase ends with the most of the question's words
after its head noun (法学硕士学位, not …学士学位) is the one asked. The words that tell the degrees apart (硕士,
学士) stand a few characters off the names and amid the question's other words, so the score features, which read
the question's words around each name, rate both alike."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .post_holder import shared_end
from .question import QuestionInfo

_PHRASE_END = re.compile(r"[,，。;；:：、!！?？()（）和与及或]")
_LEAST = 3  # a shared end this long at least: one or two characters ("学位") may end any phrase


def _after(c: Candidate, tail: str) -> int:
    f = c.sentence.folded
    m = _PHRASE_END.search(f, c.end)
    return shared_end(f[c.end:m.start() if m else len(f)], tail)


def tail_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the candidate of the best one's sentence and type whose following phrase ends
    with more of the question's words after its head noun than the best one's does moved first."""
    kept = list(kept)
    if info.qtype != "what" or not info.head or not info.right.startswith(info.head) or len(kept) < 2 \
            or kept[0].type not in ("org", "person"):
        return kept
    tail = info.right[len(info.head):].strip().rstrip("?？ 呢")
    same = [c for c in kept if c.type == kept[0].type and c.sentence.id == kept[0].sentence.id]
    ends = {id(c): _after(c, tail) for c in same}
    best = max(same, key=lambda c: ends[id(c)])
    if ends[id(best)] < _LEAST or ends[id(best)] <= ends[id(kept[0])]:
        return kept
    return to_front(kept, best)
