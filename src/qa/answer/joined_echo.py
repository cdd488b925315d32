"""An untyped slot whose item the sentence joins with the question's own words ends before the joining word: the
question names the other side of the pair ("不稳定性|及不同层次里的相对风速" for "…相对风速以及大气的哪一种特性",
"分裂|即可整合到细胞核" for "…即可整合到细胞核中且不需将细胞做什么样的动作")."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import offsets, trim

_JOINS = "及和与且即而"  # conjunctions, and 即/而 leading on to a predicate


def before_joined_echo(pos: Sequence[tuple[str, str]], start: int, end: int, question: str) -> int:
    """`end` moved back before the first word opening with a joining character inside (start, end) whose next two
    characters the question holds, when two characters or more the question does not print are left; else
    `end`."""
    folded = "".join(w for w, _ in pos)
    for a, _b, _word, _flag in offsets(pos):
        if start + 2 <= a < end - 2 and folded[a] in _JOINS and folded[a + 1:a + 3] in question:
            moved, stop = trim(folded, start, a)
            # ("航海工业|和航海贸易" for "什么与航海工业…": the part kept is the question's, its other side is asked)
            return stop if stop - moved >= 2 and folded[moved:stop] not in question else end
    return end
