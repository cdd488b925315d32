""""X是谁", "X为谁", "…是谁的女儿": a who-question asking who someone is by a copula asks a person; an
organisation ("民主党", "天主教会", "国民政府军事委员会") found in the answer's sentence is the person's party,
church or office, not the person ("decline:type"). A who-question asking the doer of an act ("由谁主办", "谁发布")
may be answered by an organisation and is left alone, and so is a cleft ("是谁发布的")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_COPULA = re.compile(r"(?:是|为|系|乃)$")
_ASKS_PERSON = ("谁", "何人")
_PARTICLES = "?？!！。 呢啊呀"
# what an organisation is ("主办方是谁", "承办单位为谁", "冠军队是谁"): the question asks no person
_ORG_ROLE = re.compile(r"(?:方|单位|机构|部门|公司|企业|组织|团体|队|集团|政府|媒体|平台|品牌|厂家|厂商|商家)$")


def org_for_person(info: QuestionInfo, best: Candidate) -> str:
    """"decline:type" when a who-question asks by a copula who someone is and the answer is an organisation."""
    if info.qtype != "who" or best.type != "org" or info.wh_word not in _ASKS_PERSON:
        return ""
    if not _COPULA.search(info.left) or _ORG_ROLE.search(_COPULA.sub("", info.left)):
        return ""
    # "是谁发布的" asks the doer after all (a cleft): only "X是谁" and "是谁的Y" ask who someone is
    rest = info.right.strip(_PARTICLES)
    return "decline:type" if not rest or rest.startswith("的") else ""
