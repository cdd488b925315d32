"""A span answer that opens with a conjunction linking it to the clause before ("但只有世袭统治者", "而紅色",
"因為家康大量減封毛利家", "可是…"): the slot between the question's words began at the clause's joint, and the
conjunction ties the answer to what precedes it; the thing asked starts after it. Those that add or conclude a
clause ("而且", "因此", …) are fragment.py's to decline, and coordinating words ("和", "与", …) may open a name
jieba split ("和信百貨公司"), so neither is cut. Measured per question on CMRC 2018 trial and DRCD."""

from __future__ import annotations

from collections.abc import Callable

from ..types import Candidate
from .fragment import JOINTS
from .np_tail import COORDINATING
from .question import QuestionInfo
from .spans import offsets, trim

Tagger = Callable[[str], list[tuple[str, str]]]

# the answers this applies to: a span a slot, a head noun, the rest or the gap gave (not a whole sentence, a list
# or a typed name); a cause, a means or a yes/no is told by its clause, conjunction and all
_RULES = ("slot", "head", "rest", "sentence+gap")
_TYPES = frozenset(("what", "who", "where", "definition", "other"))


def past_conjunction(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """The answer without the linking conjunction it opens with, when at least two characters remain."""
    if info.qtype not in _TYPES or not best.rule.startswith(_RULES) or "list" in best.rule:
        return best
    f = best.sentence.folded
    words = offsets(pos(f[best.start:best.end]))  # (the folded text: simplified, as the word lists are)
    if len(words) < 2:
        return best
    _a, cut, w, flag = words[0]
    if flag != "c" or w in COORDINATING or w in JOINTS or best.end - best.start - cut < 2:
        return best
    start, end = trim(f, best.start + cut, best.end)  # "其后|的水门事件": what opened no name goes too
    return best if end - start < 2 else best.narrowed(start, end, "unlinked")
