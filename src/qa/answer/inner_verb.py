"""An untyped slot holding the question's own verb inside it starts after that verb: the words before it only set
the scene ("在|日常教学中大力灌输反共|思想" for "主要灌输…,还有什么思想" → 反共思想). `echoed_start.py` reads the
slot that opens with the question's words; this one a verb of the question's the slot prints further in."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import CLAUSE_END, ENTITY_TAGS
from .spans import echo_marks, offsets, trim

_ASPECT = "了过着"
_QUOTES = (("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"))


def past_inner_verb(pos: Sequence[tuple[str, str]], start: int, end: int, question: str) -> int:
    """`start` moved past the last verb of two characters or more inside [start, end) that the question prints
    too, when two characters or more that the question does not print are left after it; else `start`."""
    folded = "".join(w for w, _ in pos)
    cut = -1
    before = ""
    for a, b, word, flag in offsets(pos):
        if start <= a < end and word in CLAUSE_END:
            break  # "…引起的水肿,也可|治疗|高血压": a verb of a later clause, the slot runs over the clauses
        if start < a and b < end and len(word) >= 2 and flag.startswith("v") and word in question \
                and folded[a - 1] != "的" and before not in ENTITY_TAGS:
            # "主力舰队的|护航|舰艇", "内蒙古|自治|政府": a verb after 的 or a name modifies a noun
            after = b + (folded[b] in _ASPECT)  # "举办|过|冬季奥运": the aspect particle goes with the verb
            if folded[after] != "的" and folded[after] not in CLAUSE_END and not _quoted(folded, a):
                # not "…休息的|环卫工人", a verb of a relative clause, nor one with no object in its clause
                # ("列车服务|,包括…": the question's noun), nor one inside a title
                cut = after
        before = flag
    if cut < 0:
        return start
    moved, stop = trim(folded, cut, end)
    if stop < end or end - moved < 2 or any(echo_marks(folded[moved:end], question)):
        return start  # "冷战|时期" for "冷战时期的…": the verb and what follows it are the question's own noun
    return moved


def _quoted(folded: str, at: int) -> bool:
    """Whether a quotation or title is open at `at` (《…事业单位公开|招聘|人员暂行办法》)."""
    return any(folded.rfind(o, 0, at) > folded.rfind(c, 0, at) for o, c in _QUOTES)
