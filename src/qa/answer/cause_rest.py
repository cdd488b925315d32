"""A why-question that names some of the causes and asks for the one left ("…的原因有二,除了为了稳固政权之外,另一项原因
为何?") is answered by the item of the sentence's enumeration the question does not name ("为稳固政权、并防止中国共产党
渗透" → 并防止中国共产党渗透), as short.rest_items reads it for untyped questions; not the whole sentence. The items
are read whole from their clause (a cause is told by a clause, not by the noun against the separator: "汗位取得不合法
与崇尚汉法" → 汗位取得不合法, not 合法)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .short import rest_items

# the question asks for the cause left (not "…加盟贵州人和?", whose 和 ends a name)
_ASKS_REST = re.compile(r"还有|另一|另外|除了|之外|以外|其余|剩下|(?:以及|及|和|与|、)\s*(?:哪|什么|何)")
# the conjunction or cause marker an item opens with ("但由于|汗位取得不合法", "并|防止中国共产党渗透")
_OPENING = re.compile(r"\s?(?:但|而|又|并|且|也)?(?:由于|因为|因)?")


def cause_rest(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The one cause of the best answer's sentence the why-question leaves out; None when there is not one."""
    if info.qtype != "why" or not _ASKS_REST.search(info.text):
        return None
    left = [sp for sp in rest_items(best.sentence.folded, (), info.text)
            if best.start <= sp.start and sp.end <= best.end]
    if len(left) != 1:
        return None
    opening = _OPENING.match(best.sentence.folded, left[0].start)
    start = opening.end() if opening else left[0].start
    return best.narrowed(start, left[0].end, "rest") if left[0].end - start >= 2 else None
