"""A slot that opens with the question's own words, then a noun, starts at that noun.

"2012年韩国文化产品以哪一个的出口额最高?" ↔ "…,|2012年韩国游戏|的出口额…": the slot restates the question's time and
subject before the thing asked; no verb stands between them (`echoed_start.py` reads past a verb), the noun right
after the echoed words is the answer's first word. The echoed words are the question's, no part of the answer."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import echo_marks, offsets, trim

_LEAST_ECHO = 4  # characters of the question's words the slot must open with
_NOUNS = ("n", "j", "l", "eng", "nz")


def past_echoed_lead(pos: Sequence[tuple[str, str]], start: int, end: int, question: str) -> int:
    """`start` moved past the run of the question's words (four characters or more) the slot opens with, when
    that run ends at a word boundary, a noun follows it and two characters or more that the question does not
    print are left; else `start`."""
    folded = "".join(w for w, _ in pos)
    marks = echo_marks(folded[start:end], question)
    run = next((i for i, echoed in enumerate(marks) if not echoed), len(marks))
    if run < _LEAST_ECHO or start + run >= end:
        return start
    after = next(((a, flag) for a, _b, _w, flag in offsets(pos) if a == start + run), None)
    if after is None or not after[1].startswith(_NOUNS) or after[1].startswith("nr"):
        return start
    moved, stop = trim(folded, start + run, end)
    return moved if stop == end and end - moved >= 2 and folded[moved:end] not in question else start
