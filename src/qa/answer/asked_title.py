"""The person a who-question asks by a title it prints after 哪位 anywhere in the question, when the sentence prints
that title right before one of its names: "伽利略…直到哪位教宗他才著书讨论这议题" ↔ "当枢机马佛奥·巴贝日尼当选教宗
乌尔班八世时,他才继续在这一问题上著书" is 乌尔班八世, not the cardinal the question's other words sit nearer to.

post_holder.py reads a post of the news list (POSTS) after a 哪位 opening the question; a title of history (教宗,
枢机, 皇帝) or one in the middle of the question is read here, by its printed words alone: the longest opening of
the question's words after 哪位 (two characters or more) that the sentence prints right before the name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_WHICH_PERSON = re.compile(r"哪一?[位名个]")  # (the question word itself, as question.py reads it)
_LONGEST = 6  # a title's characters read: "东罗马皇帝", "国务院总理"


def _title_chars(c: Candidate, asked: str) -> int:
    """How many characters of the question's words after 哪位 the sentence prints right before the name (0 or 2+)."""
    f = c.sentence.folded
    for k in range(min(_LONGEST, len(asked), c.start), 1, -1):
        if f[c.start - k:c.start] == asked[:k]:
            return k
    return 0


def _titled_after(c: Candidate, asked: str) -> bool:
    """The question's first two words after 哪位 are printed right after the name ("李辉|参赞" for 哪位参赞)."""
    return len(asked) >= 2 and c.sentence.folded.startswith(asked[:2], c.end)


def titled_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person of the best one's sentence printed right after the title asked moved
    first, when the best one is printed after none."""
    kept = list(kept)
    if info.qtype != "who" or len(kept) < 2 or kept[0].type != "person" \
            or not _WHICH_PERSON.fullmatch(info.wh_word):
        return kept
    asked = info.right.strip()
    if _title_chars(kept[0], asked) or _titled_after(kept[0], asked):
        return kept  # the best one holds the title already, printed before or after it ("欢迎李辉参赞抵英到任")
    same = [c for c in kept[1:] if c.type == "person" and c.sentence.id == kept[0].sentence.id]
    best = max(same, key=lambda c: _title_chars(c, asked), default=None)  # the first of equals: the better ranked
    if best is None or not _title_chars(best, asked):
        return kept
    return to_front(kept, best)
