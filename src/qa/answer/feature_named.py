"""A place's bare kind jieba tagged a word of its own, with the noun that names it right before: "流入|鞑靼/n|
海峡/ns", "穿过|直布罗陀/n|海峡". jieba tags the kind a place (海峡/ns) and the name a common noun, so the place
offered was the kind alone, an answer no question wants ("海峡"). The name and its kind are one place; `typed.places`
already joins a name jieba took for a person's (雷尼尔/nr|海滩) and one after 在 (_named_features); this joins a
noun of two characters or more whatever stands before it."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..lexicon import all_han
from .spans import Span

Word = tuple[int, int, str, str]

# nouns jieba tags that name no particular place before a kind: "国家|公园" is named, "主要|河流" has no name
_NAME_TAGS = frozenset(("n", "nz", "j", "nrt"))
# nouns that tell a place's kind or part, not its name ("东部|海岸", "沿岸|港口")
_NOT_NAMES = frozenset(("东部", "西部", "南部", "北部", "中部", "沿岸", "附近", "周边", "境内", "一带", "地区", "城市",
                        "人工", "天然", "内陆", "海上", "海底", "水下", "地下", "国际", "本地", "当地"))
_COUNTS = frozenset("一二三四五六七八九十两几数多各诸某")  # "四大|岛", "两|岸": a count of places, not a name


def named_kinds(words: Sequence[Word], kinds: Collection[str]) -> list[Span]:
    """Places made of a noun of two characters or more and the bare kind of place right after it (a word of
    `kinds`): the noun is no kind itself, nor a part or a quality of a place (_NOT_NAMES), nor a count (四大|岛)."""
    out = []
    for (a, b, w, flag), (c, d, kind, _f) in zip(words, words[1:], strict=False):
        if kind in kinds and b == c and len(w) >= 2 and flag in _NAME_TAGS and all_han(w) \
                and w not in kinds and w not in _NOT_NAMES and w[0] not in _COUNTS:
            out.append(Span(a, d, "place", "place"))
    return out
