"""A count or holder of one honour asked ("三明有多少人獲得全國五一勞動獎章") answered from a sentence that tells of
another kind of honour only ("其中45人獲全國勞動模范稱號"): a 奖章 (medal) is not a 称号 (title), nor a 奖 a 勋章; the
deed (获得) fits any honour, the honour's kind says which ("decline:award"). Where the sentence prints the asked
honour, or any honour of its kind, it is left to the other checks."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_KINDS = ("奖章", "勋章", "奖状", "称号", "奖杯", "奖牌", "奖")
# an honour after the verb that gives it ("获得|全国五一劳动奖章", "荣获|…称号")
_HONOUR = re.compile(r"(?:获得|荣获|获评|获|被授予|授予|被评为|评为)\s?"
                     r"([^,，。;；!?！？、\s]{1,16}?(?:" + "|".join(_KINDS) + "))")
_ASKING = re.compile(r"什么|什麼|哪|何|几|多少")


def _kind(honour: str) -> str:
    return next(k for k in _KINDS if honour.endswith(k))


def other_award(info: QuestionInfo, best: Candidate) -> str:
    """"decline:award" when the question names an honour and the answer's sentence gives honours of other kinds
    only."""
    asked = _HONOUR.search(info.text)
    if asked is None or _ASKING.search(asked.group(1)):
        return ""
    honour = asked.group(1)
    folded = best.sentence.folded
    if honour in folded:
        return ""
    given = [m.group(1) for m in _HONOUR.finditer(folded)]
    return "decline:award" if given and all(_kind(g) != _kind(honour) for g in given) else ""
