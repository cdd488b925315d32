"""A sum given is no cost. "古晋中华小学第一校的新校舍耗资多少令吉" ↛ "宣布拨出50万令吉予古晋中华小学校董会": a
sum a giver hands out (拨出, 拨款, 捐出, 捐赠, 资助, 赞助) is what was given, not what the thing asked cost. A question
asking a cost (耗资, 花费, 造价, 成本, 耗费, 总投资) is declined (`decline:grant`) when the best figure's clause is a
grant's and names no cost; "拨出500万元,耗资…" names one and stays."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, clause_start

_CLAUSE_END = frozenset(",，。;；!！?？")
_COST_ASKED = re.compile(r"耗资|花费|花了|造价|成本|耗费|总投资|投资额")
_GRANT = re.compile(r"拨出|拨款|拨给|拨发|捐出|捐赠|捐献|资助|赞助")
_COST = re.compile(r"耗资|花费|造价|成本|耗费|投资|费用")


def grant_for_cost(best: Candidate, info: QuestionInfo) -> bool:
    """True when a cost is asked and the best figure is a grant's sum, no cost named in its clause."""
    if info.qtype != "number" or best.type != "number" or not _COST_ASKED.search(info.text):
        return False
    f = best.sentence.folded
    clause = f[clause_start(f, best.start, _CLAUSE_END):clause_end(f, best.end, _CLAUSE_END)]
    return _GRANT.search(clause) is not None and _COST.search(clause) is None
