"""A why-question answered by a sentence that tells its cause with no marker but a phrase of influence: "但受货币经济
影响,无法恩赏抗元官兵" answers "镰仓幕府为何无法犒赏抗元官兵" with 受货币经济影响, and "在国际社会的压力之下,…
被迫重新启动民主投票的机制" with 在国际社会的压力之下. 受…影响/压力 and 在…压力下 name what caused the rest of
the sentence; the clause holding the phrase is not the effect asked (it does not repeat the question)."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_cause, echoes
from .question import QuestionInfo
from .spans import clause_end, clause_start

# 受(到)X(的)影响/压力…, 在X(的)压力/影响(之)下: the influence up to its noun (and 之下), inside one clause
_UNDER = re.compile(r"受到?[^,，;；:：。!！?？]{1,20}?的?(?:影响|压力|驱使|刺激|冲击|启发)"
                    r"|在[^,，;；:：。!！?？]{1,20}?的?(?:压力|影响)之?下")


def cause_under(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The phrase of influence in the best answer's text when its clause does not repeat the why-question; None
    otherwise."""
    if not asks_cause(info):
        return None
    f = best.sentence.folded
    for m in _UNDER.finditer(f, best.start, best.end):
        if echoes(f[clause_start(f, m.start()):clause_end(f, m.end())], info.text):
            continue
        if (m.start(), m.end()) != (best.start, best.end):
            return best.narrowed(m.start(), m.end(), "cause")
    return None
