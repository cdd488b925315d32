"""The place a bare post of a level (县长, 县政协主席) is printed under: the last place of that level named before it
in its sentence ("铜陵市市委常委、枞阳县委书记杨文萍,县委副书记、县长廖志远率党政代表团来我县考察学习" — the 县长 is
枞阳's; "枞阳县人大常委会主任吴峰、县政协主席黄楚" — so is the 县政协主席).

A page prints a chain of posts once with its place, then the next posts of that place bare. When the page is another
place's own (怀宁's: 我县, its 县委书记余学峰 a sentence on), the bare posts after a visitor's named one are the
visitor's: people.unqualified finds the asked place (怀宁县) in the article and took them for its own."""

from __future__ import annotations

import re

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


# A village's bare post ("村党支部书记", "村委会主任", "村主任"): the village is the one named last before it in its
# sentence ("汉家皋陆一村的一座…大棚里,村党支部书记厉见光" — 汉家皋陆一村's, not another village the article names)
_VILLAGE_POST = ("党支部", "党总支", "党委", "委会", "民委员会", "主任", "两委")
# "X村": the name back to the place of the level above (镇, 乡, 街道 …) or a mark; 村 not opening a word of its own
# (村镇, 村委, 村民, 村党 …)
_VILLAGE = re.compile(r"([\u4e00-\u9fff]{2,6}?)村(?![镇委民党两干级组庄])")
_ABOVE = re.compile(r".*(?:镇|乡|街道|区|县|市)")


def village_before(post: str, folded: str, at: int) -> str:
    """The name of the village a bare village post (`post`, folded) printed at `at` belongs to: the last "X村" of its
    sentence before it (the name after the place of the level above), or "" when the post is no bare village one
    or no village is named before it."""
    if not (post.startswith("村") and post[1:].startswith(_VILLAGE_POST)):
        return ""
    start = max(folded.rfind(ch, 0, at) for ch in "。!?！？") + 1
    found = [m.group(1) for m in _VILLAGE.finditer(folded, start, at)]
    return _ABOVE.sub("", found[-1]) if found else ""
