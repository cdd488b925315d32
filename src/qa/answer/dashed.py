"""A name set off by a dash right after the words the question prints after its question word is the thing asked:
"全加拿大最大的都会区——大多伦多地区" for "什么区域是全加拿大最大的都会区", "最后一个正式协议—东北停战协定" for
"哪一个正式协议为…". The name runs to its clause's end, cut before an adverb, a preposition or a copula that goes
on with the sentence ("…建筑——圣凯萨琳教堂|也坐落在…"). Not after a colon, which opens a list ("两种晶体形式:A和B"),
nor after the question's other words ("托木斯克州…" ↔ a route "泰加—托木斯克—白雅尔")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CJK
from .spans import Span, clause_end, offsets, trim

_MARK = re.compile(r"——|—|─+")
_ECHO = 6  # characters before the mark read for the question's words
_LONGEST = 16  # a longer stretch after the mark is a statement, not a name


def has_dash(folded: str) -> bool:
    """Does the sentence print a dash at all (so that tagging it for dashed_names may pay)?"""
    return _MARK.search(folded) is not None


def dashed_names(folded: str, pos: Sequence[tuple[str, str]], question: str, right: str) -> list[Span]:
    """The names after a dash that two or more characters of the question's `right` side (after its question word)
    run up to, ending in a Chinese character (not "「Princeps」—该字源自…")."""
    out: list[Span] = []
    for m in _MARK.finditer(folded):
        before = folded[max(0, m.start() - _ECHO):m.start()]
        if not CJK.match(before[-1:]) or not any(before[i:] in right for i in range(len(before) - 1)):
            continue
        start, end = m.end(), clause_end(folded, m.end())
        for a, _b, word, flag in offsets(pos):
            if start + 2 <= a < end and (flag.startswith(("d", "p")) or word in ("是", "为")):
                end = a  # "圣凯萨琳教堂|也坐落在": the sentence goes on after the name
                break
        start, end = trim(folded, start, end)
        if 2 <= end - start <= _LONGEST and folded[start:end] not in question:
            out.append(Span(start, end, "term", "named"))
    return out
