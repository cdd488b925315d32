"""The place a route passes, asked after its verb: "…到东弗里斯兰会经过|哪边?" ↔ "它从东弗里斯兰出发经过|埃姆斯兰|
到博特罗普".

With the left anchor alone (经过), the slot runs to the clause's end ("埃姆斯兰到博特罗普"), too long for the untyped
candidate a typed question takes, and jieba cuts the name (埃姆斯/nr 兰/j), so no place span is typed there: the
places farther off answer (鲁尔区). The route's next leg opens with 到/至/往 (A经过B到C): the characters between the
anchor and it are the place passed. Two to six Chinese characters, not the question's words, unless the question
prints them only inside a longer name (埃姆斯兰高速公路, the road: echoed_modifier.py)."""

from __future__ import annotations

from ..lexicon import all_han
from .echoed_modifier import modifier_only
from .spans import Span

_PASSING = ("经过", "途经", "穿过", "路过", "经由", "流经", "穿越")
_NEXT_LEG = "到至往"
_SHORTEST, _LONGEST = 2, 6


def passed_place(folded: str, start: int, end: int, left: str, question: str) -> Span | None:
    """The place between the passing verb the question's left side ends with and the route's next leg, in the slot
    [start, end) the verb opens; None when the question asks no place passed or the slot has no next leg."""
    if not left.rstrip().endswith(_PASSING):
        return None
    cut = next((k for k in range(start + _SHORTEST, min(end, start + _LONGEST + 1)) if folded[k] in _NEXT_LEG), -1)
    if cut < 0:
        return None
    name = folded[start:cut]
    if not all_han(name) or (name in question and not modifier_only(folded, start, cut, question, start)):
        return None
    return Span(start, cut, "place", "place")
