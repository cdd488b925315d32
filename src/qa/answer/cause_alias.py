"""A why-question about another name a thing also goes by ("為何硫又稱硫磺", "中興街又被稱為韓國街", "擁有秋鮭之別名")
answered by a sentence of no cause marker that tells why and then gives the alias in a clause of its own: "…,純的硫是
黃色的晶體,|又稱做硫磺" → the clause before the alias, which explains it (DRCD's answers take that clause alone).
Only an alias (又/亦/也 before the naming verb, 又有…之稱), not a name given (被称为, 故被揶揄为: CMRC's answers keep
the sentence around those). DRCD 3 better / 0 worse, CMRC identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_why, echoes
from .question import QuestionInfo
from .spans import clauses, trim

# the question asks why the thing has another name
_ALIAS_ASKED = re.compile(r"[又亦也]被?(?:称|叫|名)|别名|别称|俗称")
# the clause giving the alias, after what explains it ("又称做硫磺", "故又叫「秋鲑」", "又有『韩国街』之称")
_ALIAS = re.compile(r"\s?(?:故|因此|所以|因而)?[又亦也]被?(?:称|叫|名|有)")
_MIN = 4


def cause_alias(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The clause before the one giving the alias the why-question asks about; None otherwise."""
    if not asks_why(info) or not _ALIAS_ASKED.search(info.text):
        return None
    f = best.sentence.folded
    parts = [(a, b) for a, b in clauses(f) if best.start - 1 <= a < best.end]  # (the clauses the answer holds)
    for (a, b), (c, _) in zip(parts, parts[1:], strict=False):
        if _ALIAS.match(f, c) and not echoes(f[a:b], info.text):
            start, end = trim(f, a, b)
            return best.narrowed(start, end, "cause") if end - start >= _MIN else None
    return None
