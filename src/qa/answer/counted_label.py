"""The figure printed right after the question's verb when the question puts the counted noun between them: "开幕时
实到|委员|多少人" ↔ "应出席委员485人,实到466人" is answered 466人, not the clause before it.

precedence.clause_labelled takes a figure whose clause label is the question's last words before its question word;
a count question often names what it counts there (实到委员多少人), which the sentence leaves out (实到466人). The
label then stands a few characters before the question word. Only when the best figure's own label is not the
question's: that one is printed with other words (应出席委员)."""

from __future__ import annotations

from ..lexicon import SAME_UNITS
from ..types import Candidate
from .question import QuestionInfo
from .spans import LABEL_START

_NOUN = 3  # characters at most of counted noun between the label and the question word ("实到|委员|多少人")


def label_before(f: str, start: int, most: int = 8) -> str:
    """The text from the last clause or list mark before `start` up to it ("", no mark within `most` characters
    and the sentence's start further away)."""
    lo = max(0, start - most)
    cut = max(f.rfind(ch, lo, start) for ch in LABEL_START)
    if cut < 0 and lo > 0:
        return ""
    return f[cut + 1:start].strip()


def counted_after_label(kept: list[Candidate], info: QuestionInfo) -> Candidate | None:
    """A figure of the best's sentence, in the unit asked, whose label (2–4 characters) the question prints up to
    three characters before its question word, when the best figure's label is not in the question."""
    if info.qtype != "number" or not kept or not info.wh or info.right.strip("?？ 。") or kept[0].type != "number":
        return None
    best = kept[0]
    f = best.sentence.folded
    own = label_before(f, best.start)
    if own and own in info.text:
        return None
    left = info.left.strip()
    units = SAME_UNITS.get(info.unit, (info.unit,)) if info.unit else ()
    for c in kept[1:]:
        if c.type != "number" or c.sentence.id != best.sentence.id or (units and not f[c.start:c.end].endswith(units)):
            continue
        label = label_before(f, c.start)
        if 2 <= len(label) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in label):
            at = left.rfind(label)
            if at >= 0 and 0 < len(left) - at - len(label) <= _NOUN:
                return c
    return None
