"""A place of the wrong kind left as the answer: "哪一个城市" answered by a continent's part ("东北亚"), a
country ("俄罗斯联邦", "纳瓦拉王国"), a province or a word for cities in general ("地级市"); "哪一个国家" by a
continent's part ("东非"). kinds.of_kind puts a place of the kind asked first when the sentences hold one; when
none of them does, the sentence does not name the city or country asked and the answer is declined
("decline:kind")."""

from __future__ import annotations

from ..lexicon import COUNTRIES
from ..types import Candidate
from .kinds import asked_kind, fits
from .question import QuestionInfo


def unfit_kind(info: QuestionInfo, best: Candidate) -> str:
    """"decline:kind" when a where-question asks a city or a country and the answer's place cannot be one."""
    if info.qtype != "where" or best.type != "place":
        return ""
    kind = asked_kind(info)
    text = best.sentence.folded[best.start:best.end].strip()
    if kind not in ("city", "country") or not text or kind == "country" and text in COUNTRIES:
        return ""  # "马来西亚" ends like 西亚, a country; a river is only preferred (a place by it may answer)
    return "" if fits(kind, text) else "decline:kind"
