"""Of two items told apart by their modifiers, the one whose modifier the question prints.

"卑南族專屬於女性的祭典為?" ↔ "卑南族則為海祭、男性的猴祭及女性的鋤草祭": the gap rule (gap.py) takes the first
unechoed name (猴祭), yet its modifier (男性) is not the question's; the item joined after it is modified by the
words the question prints (女性的), and is the one asked (鋤草祭).

Measured against main 7347c486: DRCD 1 better / 0 worse, CMRC 2018 trial identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the item joined after the answer: a joint, its modifier and 的, then the name up to the next mark
_NEXT = re.compile(r"(?:以及|及|和|与|、)([^\W\d_]{1,6})的([^\W\d_]{2,8}?)(?=[,，;；。、及和与等]|$)")
_OPENERS = ",，;；、及和与的。:："  # what opens the answer's own modifier


def modified_as_asked(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The item after the answer whose modifier the question prints, when the answer's own modifier is not in it;
    None otherwise."""
    if best.rule.split("+")[0] not in ("sentence", "head") or "+list" in best.rule:
        return None
    f, q = best.sentence.folded, info.text
    if f[best.start - 1:best.start] != "的":
        return None
    k = best.start - 1
    x = k
    while x > 0 and f[x - 1] not in _OPENERS:
        x -= 1
    m = _NEXT.match(f, best.end)
    if m is None or k - x < 1 or f[x:k] in q or m.group(1) + "的" not in q or m.group(2) in q:
        return None
    return best.narrowed(m.start(2), m.end(2), "parallel")
