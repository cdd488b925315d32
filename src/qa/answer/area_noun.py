""""琼海今年将在城区落地几所公办园项目" ↔ "…落地城区3所公办园项目": 城区 (the town's built-up part), 市区, 郊区,
景区 are common nouns built like a district's name, naming none: neither the district a question asks of nor a rival
district the answer's clause names (agreement.other_district). 东城区, 西城区 are names (北京's districts): a
direction before 城区 is read as one; 山区, 林区, 矿区 are left out (宝山区, 神农架林区, 白云鄂博矿区 are districts)."""

from __future__ import annotations

import re

# a common area noun closing a matched district ("…将在城区", "…落地城区"), unless a direction makes it a name
_AREA_NOUN = re.compile(r"(?:(?<![东西南北])城|市|郊|景|园|片|辖|灾|牧|校|街|老|小|社|营|厂)区$")


def area_noun(matched: str) -> bool:
    """Whether a district as matched ends on a common area noun (城区, 市区, 景区…), no district's name."""
    return _AREA_NOUN.search(matched) is not None


def levels_listed(text: str, end: int) -> bool:
    """Whether the district matched in `text` up to `end` is followed by another level's word: "沿黄县市区", "各县区"
    list the levels (the counties, cities and districts along the river), a collective noun, no district's name."""
    return text[end:end + 1] in ("县", "市", "区") and end < len(text)
