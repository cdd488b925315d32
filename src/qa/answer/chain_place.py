"""The place a bare post of a level (县长, 县政协主席) is printed under: the last place of that level named before it
in its sentence ("铜陵市市委常委、枞阳县委书记杨文萍,县委副书记、县长廖志远率党政代表团来我县考察学习" — the 县长 is
枞阳's; "枞阳县人大常委会主任吴峰、县政协主席黄楚" — so is the 县政协主席).

A page prints a chain of posts once with its place, then the next posts of that place bare. When the page is another
place's own (怀宁's: 我县, its 县委书记余学峰 a sentence on), the bare posts after a visitor's named one are the
visitor's: people.unqualified finds the asked place (怀宁县) in the article and took them for its own."""

from __future__ import annotations

_LEVELS = frozenset("省市县区州")
_BODIES = ("委", "人大", "政协", "政府", "长")  # what follows a level in a bare post (县|委副书记, 县|长)
_ORGANS = ("委", "人大", "政协", "政府")  # what follows a named place's level (枞阳县|委书记); not 长: "代理|市长"
_EDGES = frozenset("、,，;；:：()（） ")
_LONGEST = 4  # characters of a place's name
_PARTY = "中共"  # "中共玉溪市委": the party before the place


def level_of(post: str) -> str:
    """The level a bare post opens with ("县长" → 县, "县政协主席" → 县), or ""."""
    return post[0] if post[:1] in _LEVELS and post[1:].startswith(_BODIES) else ""


def named_before(folded: str, at: int, level: str) -> str:
    """The name of the last place of `level` printed before `at` with one of its organs after it, the name opening
    its clause or list item ("、枞阳县委书记" → 枞阳), "" when every such place before is bare."""
    i = folded.rfind(level, 0, at)
    while i > 0:
        if folded[i + 1:at].startswith(_ORGANS):
            start = i
            while start > 0 and folded[start - 1] not in _EDGES and i - start <= _LONGEST + len(_PARTY):
                start -= 1
            name = folded[start:i].removeprefix(_PARTY)
            if (start == 0 or folded[start - 1] in _EDGES) and 2 <= len(name) <= _LONGEST \
                    and not any(c in _LEVELS for c in name):
                return name
        i = folded.rfind(level, 0, i)
    return ""
