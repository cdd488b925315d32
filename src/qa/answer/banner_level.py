"""内蒙古's village and township levels, 嘎查 and 苏木, asked by "在哪个嘎查": the name printed before the level,
back to the level above it or a function word ("锡林郭勒盟西乌珠穆沁旗浩勒图高勒镇|脑干宝力格嘎查", "在乌音嘎家40公里
外的|脑干哈达嘎查").

jieba knows no such name (脑干|宝力|格|嘎查) and the league and banner above it (盟, 旗) are no levels of lexicon's,
so the place typer reads only the word before the level (格嘎查) and levels.py finds no chain to cut the level out
of."""

from __future__ import annotations

from ..lexicon import FUNCTION_CHARS
from .spans import Span, occurrences

LEVELS = ("嘎查", "苏木")  # a village (嘎查) and a township (苏木) of a banner (旗)
_ABOVE = frozenset("省市县区州盟旗镇乡") | {"苏木"}  # what the name starts after: the level above, or a 苏木
_NAME = (2, 6)  # characters of the name before the level


def banner_levels(folded: str, unit: str) -> list[Span]:
    """Place spans of the names printed with `unit` (嘎查 or 苏木), each from after the level above it, a function
    word or punctuation; none when `unit` is another level."""
    if unit not in LEVELS:
        return []
    out = []
    for at in occurrences(folded, unit):
        start = at
        while start > 0 and at - start < _NAME[1] and "\u4e00" <= folded[start - 1] <= "\u9fff" \
                and folded[start - 1] not in FUNCTION_CHARS and folded[start - 1] not in _ABOVE \
                and folded[start - 2:start] not in _ABOVE:
            start -= 1
        if at - start >= _NAME[0]:
            out.append(Span(start, at + len(unit), "place", "place"))
    return out
