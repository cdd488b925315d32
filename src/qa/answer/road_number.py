"""An address's road: "在哪条街" ↔ "赶到…的 Welrick 东街75号镇屋" is answered Welrick 东街, not 东街75号.

A house number (`75号`) comes after the road it is on; the road's name is the word before the road noun, and in
overseas papers a name in Latin letters kept before the Chinese (`Welrick 东街`, `Yonge 街`)."""

from __future__ import annotations

import re

from .spans import Span

_CJK = "\u4e00-\u9fff"


def numbered_road(folded: str, unit: str, question: str) -> list[Span]:
    """The roads a house number follows in the sentence, each with its name (a Latin word kept before it)."""
    rx = re.compile(r"(?:[A-Za-z][A-Za-z'.-]+\s?)?(?:(?<=[于在至到的\s])|(?<![" + _CJK + r"]))[" + _CJK + r"]{0,3}"
                    + unit + r"(?=\s?\d+\s?[号號])")
    out = []
    for m in rx.finditer(folded):
        if len(m.group()) > 1 and m.group() not in question:
            out.append(Span(m.start(), m.end(), "place", "place"))
    return out
