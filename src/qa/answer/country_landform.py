""""英屬維京群島在哪一個國家的東部地區?" ↛ "…的大部份島嶼原本都是火山島", "反法同盟中以哪一個國家為其主力?" ↛ "…德意志小
邦國": a country asked (哪个国家, 哪一国) is not answered by a landform — an island, a river, a lake, a mountain, a
sea, a continent (火山岛, 马恩河) — nor by a word built like a country that names none (邦国, 各国, 两国): the
sentence tells of something else ("decline:type"). A country's name is never such a word, but for the countries
named after one: those lexicon.COUNTRIES lists, the island states of 群岛 (所罗门群岛) and 冰岛, 黑山, 澳洲."""

from __future__ import annotations

import re

from ..lexicon import COUNTRIES
from ..types import Candidate
from .kinds import COUNTRY_ASKED, NOT_A_COUNTRY
from .question import QuestionInfo

_LANDFORM = re.compile(r"(?<!群)岛$|[河湖山江洲海]$|邦国$")
_NAMED_LIKE_LANDFORMS = ("冰岛", "黑山", "澳洲")
_LONGEST_NAME = 6  # a landform's name as answered; a longer span is a phrase the kind checks read


def landform_for_country(info: QuestionInfo, best: Candidate) -> str:
    """"decline:type" when a country is asked and the answer is a landform or a word for countries in general."""
    if info.qtype not in ("where", "what") or not COUNTRY_ASKED.search(info.text):
        return ""
    answer = best.sentence.folded[best.start:best.end].strip()
    if len(answer) > _LONGEST_NAME or answer.endswith(_NAMED_LIKE_LANDFORMS) \
            or any(answer.endswith(c) for c in COUNTRIES):
        return ""
    return "decline:type" if _LANDFORM.search(answer) or NOT_A_COUNTRY.match(answer) else ""
