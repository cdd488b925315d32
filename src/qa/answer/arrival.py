"""The place a verb of arrival takes as its object: "“莫拉克”登陆围头澳," answers "在哪里登陆", "前往危险水域三栈溪
进行…" answers "在哪里进行…" only through the slot. A name jieba does not know (围头澳) is no typed place, and the
place after the verb ("登陆|围头澳") is what the question's 在哪里 asks, printed after the verb, not before it."""

from __future__ import annotations

import re

from ..lexicon import ARRIVAL_VERBS as _ARRIVAL
from .question import QuestionInfo
from .spans import Span

# the object ends at a clause mark or where the next clause's words begin (进行, 的, a conjunction)
_OBJECT = re.compile(r"[^\s,，。;；:：、!！?？“”\"()（）的了和与及并后时]{2,10}?"
                     r"(?=[\s,，。;；:：、!！?？()（）]|进行|开展|参加|考察|调研|视察|访问|的|后|时|$)")
# "前往|辖内危险水域三栈溪|进行防溺宣导": a verb of going, then the place, then the deed asked
_GOING = re.compile(r"(?:前往|赴|来到|深入|走进)([^\s,，。;；:：、!！?？“”\"()（）的了和与及并]{2,12})$")


def asked_arrival(info: QuestionInfo) -> str:
    """The verb of arrival a where-question asks the place of ("在哪里|登陆", "登陆|哪里"), or ""."""
    if info.qtype != "where":
        return ""
    right = info.right.strip(" ?？的了呢")
    left = info.left.rstrip(" 在于了")
    return right if right in _ARRIVAL else next((v for v in _ARRIVAL if left.endswith(v) and not right), "")


def arrival_places(folded: str, verb: str) -> list[Span]:
    """The objects of `verb` in the sentence: the words right after it up to the clause's end or the next
    clause's verb ("登陆|围头澳|,", "前往|辖内危险水域三栈溪|进行")."""
    out = []
    i = folded.find(verb)
    while i >= 0:
        m = _OBJECT.match(folded, i + len(verb))
        if m:
            out.append(Span(m.start(), m.end(), "place", "place"))
        i = folded.find(verb, i + len(verb))
    return out


def deed_places(folded: str, info: QuestionInfo) -> list[Span]:
    """The place a verb of going names right before the deed a where-question asks the place of ("北埔分队在哪里|
    进行防溺宣导" ↔ "…前往辖内危险水域三栈溪进行防溺宣导")."""
    deed = info.right.strip(" ?？的了呢")[:4]
    if info.qtype != "where" or len(deed) < 2 or info.left.strip() == "":
        return []
    out = []
    i = folded.find(deed)
    while i > 0:
        m = _GOING.search(folded[max(0, i - 16):i])
        if m:
            start = max(0, i - 16) + m.start(1)
            out.append(Span(start, i, "place", "place"))
        i = folded.find(deed, i + len(deed))
    return out
