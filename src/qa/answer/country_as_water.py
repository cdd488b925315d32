"""A country asked, and the answer names a sea, an ocean, a river, a lake or a mountain, or a union of countries.

"朝鮮半島與東北亞中最強的為哪一個國家" ↛ "日本海" (a sea in a list of an empire's borders),
"坦尚尼亞聯合共和國的西南邊是哪一國" ↛ "印度洋", "哪一國為前南斯拉夫的領土分裂出來…" ↛ "聯合國": no country's
name ends like a body of water or a mountain, and a union of countries is none of them. `agreement.other_kind`
declines a district, a street or a building given for a country; this one the water, the mountain and the union
(`decline:kind`). 岛 is left out: 冰岛 and 所罗门群岛 are countries.

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, main 5125b8a8): 3 answers declined (日本海 and
印度洋 given for a country, 聯合國 for one recognised by part of it), all wrong."""

from __future__ import annotations

from ..types import Candidate
from .kinds import COUNTRY_ASKED, WATER_OR_MOUNTAIN
from .question import QuestionInfo

# unions of countries, which no country is
_UNIONS = frozenset(("联合国", "欧盟", "欧洲联盟", "东盟", "北约", "非盟", "阿盟"))


def country_as_water(info: QuestionInfo, best: Candidate) -> str:
    """"decline:kind" when a country or nationality is asked and the answer names water, a mountain or a union of
    countries; "" otherwise."""
    if not COUNTRY_ASKED.search(info.text):
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    if len(text) >= 2 and (text.endswith(WATER_OR_MOUNTAIN) or text in _UNIONS):
        return "decline:kind"
    return ""
