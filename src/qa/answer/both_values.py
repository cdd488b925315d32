"""Two values asked at once. "男子和女子的平均年收入分别是多少" ↔ "男子的平均年收入为31,875美元,女子的平均年收入为
23,235美元": 分别 before the question word asks each item's value; the answer runs from the best figure (or time) to
the next one of its type its sentence prints after it, both of them, not the first alone. So two measured nouns asked
together: "兰比尔的身高体重是多少" ↔ "兰比尔身高2米11(6呎11吋),体重118公斤" (from the figure after 身高 to the one after
体重)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import MEASURED
from ..types import Candidate
from .question import QuestionInfo

_BOTH_ASKED = re.compile(r"分别(?:是|为|有)?$")
_SENTENCE_END = re.compile(r"[。;；!?！？]")
_REACH = 40  # characters between the two values, at most


def both_values(best: Candidate, kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """`best` run on to the next value of its type in its sentence when the question asks 分别…多少/什么时候; None
    otherwise."""
    if info.qtype not in ("number", "when") or best.type not in ("number", "time") \
            or not _BOTH_ASKED.search(info.left):
        return None
    f = best.sentence.folded
    after = [c for c in kept if c.sentence.id == best.sentence.id and c.type == best.type
             and best.end < c.start <= best.end + _REACH and not _SENTENCE_END.search(f, best.end, c.start)]
    if not after:
        return None
    second = min(after, key=lambda c: c.start)
    return best.narrowed(best.start, second.end, "both")


_MEASURED = "|".join(sorted(MEASURED, key=len, reverse=True))
# two measured nouns right before the question word: "身高体重是|多少", "身高和体重分别是|多少"
_TWO_ASKED = re.compile(r"(" + _MEASURED + r")(?:和|与|及|、)?(" + _MEASURED + r")(?:分别)?(?:是|为|有)?$")
_LABEL_GAP = 2  # characters between a measured noun and its figure ("身高|2米11", "体重为|118公斤")


def both_measures(best: Candidate, kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The span from the figure printed after the first measured noun asked to the best, printed after the second
    (or from the best to the second's), in the best's sentence; None when the question asks no two measured nouns
    or the sentence does not label both figures."""
    if info.qtype != "number" or best.type != "number":
        return None
    asked = _TWO_ASKED.search(info.left.strip())
    if asked is None or asked.group(1) == asked.group(2):
        return None
    f = best.sentence.folded
    figures = [c for c in kept if c.sentence.id == best.sentence.id and c.type == "number"] + [best]

    def labelled(noun: str) -> Candidate | None:
        at = f.find(noun)
        return next((c for c in figures if at >= 0 and at + len(noun) <= c.start <= at + len(noun) + _LABEL_GAP),
                    None) if at >= 0 else None

    one, two = labelled(asked.group(1)), labelled(asked.group(2))
    if one is None or two is None or two.start <= one.start \
            or (best.start, best.end) not in ((one.start, one.end), (two.start, two.end)) \
            or _SENTENCE_END.search(f, one.end, two.start) or two.start - one.end > _REACH:
        return None
    return best.narrowed(one.start, two.end, "both")
