"""A which-question answered by the name the question itself prints, behind a modifier or a date: "国际三大影展指的是
威尼斯影展、法国坎城影展,还有哪一个影展?" ↛ "义大利的威尼斯影展"; "昆明长水国际机场启用的当天哪一个机场停用?" ↛
"2012年6月28日昆明长水国际机场". The question names that one to ask another of its kind; the words before the name
(a 的-phrase, a date) only hide that the answer repeats it, which `policy`'s echo check reads only when the whole
answer is the question's words. Declined as an echo ("decline:echo")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_MIN_NAME = 4  # a name of its own (威尼斯影展), not a common word the sentence and the question share
# a modifier ending in 的, or a date printed in figures, before the name
_BEFORE_NAME = re.compile(r"^(?:.*的|[\d年月日号\s]+)(.+)$")


def own_named(info: QuestionInfo, best: Candidate) -> str:
    """"decline:echo" when a which-question's answer is a modifier or a date and then a name of four characters or
    more the question prints, not as the noun it asks for."""
    if not info.wh_word.startswith("哪") or info.qtype in ("when", "why", "how") \
            or best.rule.startswith("sentence") or "+list" in best.rule:
        return ""
    m = _BEFORE_NAME.match(best.sentence.folded[best.start:best.end].strip())
    if m is None:
        return ""
    name = m.group(1).strip()
    if len(name) < _MIN_NAME or name not in info.text or info.right.startswith(name):
        return ""  # (the noun asked, "哪一种|视锥细胞" ↔ "红色的视锥细胞", is the kind, not the question's own one)
    return "decline:echo"
