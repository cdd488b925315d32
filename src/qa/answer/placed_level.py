"""The place of the level a where-question asks ("在哪个乡举行", "位于哪个区") printed right after the word that
places it: "在金寧鄉湖下海堤舉行" → 金寧鄉, "位于浐灞生态区世博大道" → 浐灞生态区. The tokenizer cuts such names
where a dictionary word sits inside them (金|寧鄉 — 宁乡 is a county of 湖南; 浐灞 is no word), so no candidate holds
the whole name; after 在 or 于 the name runs from the preposition to the first character of the level asked."""

from __future__ import annotations

import re

from .spans import Span

# Characters no place's name holds between the preposition and its level: function words, a list's joints.
_NOT_IN_NAME = re.compile(r"[的和与及、是在了把被将对从向]")
_SHORTEST, _LONGEST = 2, 6  # with the level: 金寧鄉, 浐灞生态区; a longer run is a clause, not a name


def placed_levels(folded: str, unit: str) -> list[Span]:
    """Place spans that open right after 在 or 于 and end at the first `unit` (a one-character level: 乡, 区, 镇)."""
    out = []
    for m in re.finditer(rf"(?<=[在于])[\u4e00-\u9fff]{{{_SHORTEST - 1},{_LONGEST - 1}}}?{re.escape(unit)}", folded):
        if not _NOT_IN_NAME.search(m.group()[:-1]) and unit not in m.group()[:-1]:
            out.append(Span(m.start(), m.end(), "place", "place"))
    return out
