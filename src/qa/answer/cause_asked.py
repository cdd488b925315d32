"""A why-question that names its own cause marker ("…是由于什么原因才被解职", "在1992年因什么原因放弃", "因为什么
原因才回到瑞士") asks for the words that follow the same marker in the sentence: "…超过40%是因为|行为不检点",
"NASA在1992年因|预算限制|放弃CRAF", "最后才因为|母亲病危|,回到瑞士" — up to the clause's end, the 而 of 因…而,
"的原因", or the question's next words; not the whole sentence around it. DRCD 7 better / 1 worse ("因为什么作用" ↛
another 因…而 of the sentence), CMRC identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, trim

# the marker the question ends its left side on, before the asking words ("由于|什么样的|原因")
_ASKED = re.compile(r"(?:因为|由于|因)(?:什么样的|什么|哪一个|哪个|哪一种|哪种)?$")
# the marker in the sentence (not 因此, 因而, 因素…)
_MARKER = re.compile(r"因为|由于|因(?![此而素为果子])")
_ENDS = ("而", "的原因")
_CAUSE_WORD = re.compile(r"^(?:原因|缘故)")


def marker_asked(info: QuestionInfo) -> bool:
    """Whether the why-question names its own cause marker before the asking words ("…因|为何种原因", "由于|哪一个
    原因而…")."""
    return info.qtype == "why" and bool(_ASKED.search(info.left))


def cause_asked(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The words after the cause marker the question names; None when it names none or the sentence has none."""
    if not marker_asked(info):
        return None
    f = best.sentence.folded
    right = _CAUSE_WORD.sub("", info.right).lstrip("的").strip(",，")[:2]
    # (from the sentence's start: trimming the whole sentence drops an opening 由于)
    m = next((m for m in _MARKER.finditer(f, 0, best.end) if m.end() >= best.start), None)
    if m is None:
        return None
    end = clause_end(f, m.end())
    for stop in (*_ENDS, right):
        at = f.find(stop, m.end() + 1, end) if stop else -1
        if at >= 0:
            end = min(end, at)
    start, end = trim(f, m.end(), end)
    if end - start < 2 or (start, end) == (best.start, best.end):
        return None
    return best.narrowed(start, end, "cause")
