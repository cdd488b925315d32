"""The level a which-level question asks out of a chain of levels: "魏家坟村属于通州区哪个镇" ↔
"北京市通州区梨园镇魏家坟村" → 梨园镇. The chain is one place span (typed.py reads the levels in a row as one place),
so no candidate names the town alone and the whole chain (or another kind of span) is taken; shape.py cuts a chain
down to its level only once it has won."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import ADMIN_SUFFIXES, alternation
from .spans import Span

# one level of a chain: a name of two characters or more and its suffix ("北京市", "梨园镇"; "通州区", not "通州" +
# "区…": a one-character name would read the 州 inside a name as a level)
_LEVEL = re.compile(r"[^\W\d_]{2,6}?" + alternation(ADMIN_SUFFIXES))


def levels_in(folded: str, spans: Iterable[Span], unit: str) -> list[Span]:
    """The levels named with `unit` (a one-character level, 镇, or 社区) inside place spans of two levels or more,
    each as a place span of its own ("北京市通州区梨园镇魏家坟村" → 梨园镇)."""
    out = []
    for sp in spans:
        if sp.type != "place":
            continue
        parts = []
        at = sp.start
        while at < sp.end and (m := _LEVEL.match(folded, at, sp.end)):
            parts.append((m.start(), m.end()))
            at = m.end()
        if at != sp.end or len(parts) < 2:
            continue  # no chain of levels from end to end
        out += [Span(a, b, "place", "place") for a, b in parts
                if folded[b - len(unit):b] == unit and b - a > len(unit)]
    return out
