"""A who-question asking someone's relative ("狄拉克的妻子是誰?") is not answered by a name printed as the owner of
another relation ("請允許我介紹維格納的妹妹,現在是我的妻子" → 維格納, whose sister the wife is): the name right before
"的/之 + a kin word" other than the one asked is someone else's relative's owner, not the relative asked
("decline:kin"). The same relation ("王蘊的女兒王法慧" for 王法慧是谁的女儿) or one word of it (之女, 之弟) is the
owner a whose-question asks, and stays."""

from __future__ import annotations

import re

from ..lexicon import KIN_WORDS
from ..types import Candidate
from .question import QuestionInfo

_KIN = "|".join(sorted(KIN_WORDS, key=len, reverse=True))
# the relation a question asks ("的妻子", "的女儿"): the kin word after a 的
_ASKED = re.compile(r"的(" + _KIN + ")")
# the relation printed right after the answer ("维格纳|的妹妹")
_AFTER = re.compile(r"(?:的|之)(" + _KIN + ")")
_OWNER_NEAR = 8  # characters after the relation word where the question's own X may be printed


def kin_owner(info: QuestionInfo, best: Candidate) -> str:
    """"decline:kin" when a who-question asks a relative and the answer is printed as another relation's owner."""
    if info.qtype != "who" or best.type != "person":
        return ""
    asked = _ASKED.search(info.text)
    after = _AFTER.match(best.sentence.folded, best.end)
    if asked is None or after is None:
        return ""
    if after.group(1) == asked.group(1):
        return ""
    # the inverse relation told of the question's own X ("刘禅的父亲刘备" for 刘备的儿子是谁) names the relative asked
    owner = re.findall(r"[\u4e00-\u9fff]{2,}", info.text[:asked.start()])
    tail = owner[-1][-2:] if owner else ""
    f = best.sentence.folded
    return "" if tail and tail in f[after.end():after.end() + _OWNER_NEAR] else "decline:kin"
