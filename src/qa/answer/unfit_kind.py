"""A place of the wrong kind left as the answer: "哪一个城市" answered by a continent's part ("东北亚"), a
country ("俄罗斯联邦", "纳瓦拉王国"), a province or a word for cities in general ("地级市"); "哪一个国家" by a
continent's part ("东非"). kinds.of_kind puts a place of the kind asked first when the sentences hold one; when
none of them does, the sentence does not name the city or country asked and the answer is declined
("decline:kind"). A what-question asking the place itself ("哪一座城市…得到冠军", "哪一条河") is declined the same
way, a river also on a place not named as water ("马里兰州") or a river described, not named ("第二大河", "大河")."""

from __future__ import annotations

import re

from ..lexicon import COUNTRIES
from ..types import Candidate
from .kinds import asked_kind, fits
from .question import QuestionInfo

# a river described by its rank or size, not named: "大河", "第二大河", "主要河流"
_DESCRIBED_RIVER = re.compile(r"^(?:第?[一二三四五六七八九十\d]*大|主要)?(?:河|江|河流|江河|水系)$")


def unfit_kind(info: QuestionInfo, best: Candidate) -> str:
    """"decline:kind" when a where- or what-question asks a city or a country and the answer's place cannot be one,
    or a what-question asks a river and the answer names none."""
    if info.qtype not in ("where", "what") or best.type != "place":
        return ""
    kind = asked_kind(info)
    text = best.sentence.folded[best.start:best.end].strip()
    if info.qtype == "what" and kind == "river":  # the river is the thing asked, not where something is
        unfit = bool(text) and (not fits(kind, text) or bool(_DESCRIBED_RIVER.match(text)))
        return "decline:kind" if unfit else ""
    if kind not in ("city", "country") or not text or kind == "country" and text in COUNTRIES:
        return ""  # "马来西亚" ends like 西亚, a country; a river is only preferred (a place by it may answer)
    if info.qtype == "what" and not info.wh_word.startswith("哪"):
        return ""  # "建设什么城市": what sort of city (现代化区域中心城市), not which one
    return "" if fits(kind, text) else "decline:kind"
