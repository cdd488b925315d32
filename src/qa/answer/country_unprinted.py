"""A country the question names that the answer's article never prints.

"川普出席的亚太经合组织首脑会议在越南哪个城市举行?" is not answered from a report of the summit's meeting in 庆州, nor
"中国是日本第几大贸易伙伴?" by "中国已成为泰国的第一大贸易伙伴", nor "外交部发言人汪文斌是哪天就日本核污染水排海计划表态
的?" by the day he spoke of 旧金山's mayor: the question says which country it is about, and an article that answers
it prints that country. `absent_names.long_name_unprinted` reads only names of three characters or more (two are
printed in other forms too often, 中美 for 美国); a country is told otherwise only in a few ways, which are read here:
its full name, the other script's name (纽西兰 for 新西兰, 澳洲 for 澳大利亚), or its one-character short form in a
compound (中日, 访美, 驻韩, 日方, 美籍). When none is printed, the answer is of another country ("decline:subject",
so a candidate from an article that prints it may still answer).

China is not read: the papers' own country is told as 我国, 国家, 全国 or 大陆 (DRCD's "大陸在建國後…" for 中國在建國
初期), and so is a country the answer itself names.
"""

from __future__ import annotations

from ..lexicon import COUNTRIES
from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_OWN = frozenset(("中国",))
# a country's other name in the other script, or its long and short forms
_ALIASES = {"新西兰": ("纽西兰",), "纽西兰": ("新西兰",), "澳大利亚": ("澳洲",), "澳洲": ("澳大利亚",),
            "意大利": ("义大利",), "义大利": ("意大利",), "印尼": ("印度尼西亚",), "印度尼西亚": ("印尼",),
            "肯亚": ("肯尼亚",), "肯尼亚": ("肯亚",), "俄罗斯": ("俄国", "苏联"), "苏联": ("俄罗斯",),
            "沙特阿拉伯": ("沙特", "沙乌地"), "沙乌地阿拉伯": ("沙特", "沙乌地"), "韩国": ("南韩",), "朝鲜": ("北韩",)}
# the one-character short forms a compound prints a country by (中日, 美韩, 访美, 日方, 美籍)
_SHORT_MATES = frozenset("中美日韩英法德俄朝泰越印菲马新澳加意荷欧亚非台港两")
_SHORT_BEFORE = frozenset("访赴驻旅抵来对")
_SHORT_AFTER = frozenset("方籍军侨裔媒企资股币")
_BY_LENGTH = sorted(COUNTRIES, key=len, reverse=True)


def _held(country: str, text: str) -> bool:
    """Is the country printed: by its name, its other name, or its first character in a compound?"""
    if country in text or any(a in text for a in _ALIASES.get(country, ())):
        return True
    short = country[0]
    at = text.find(short)
    while at >= 0:
        before, after = text[at - 1:at] if at else "", text[at + 1:at + 2]
        if (before in _SHORT_MATES and before) or (after in _SHORT_MATES and after) \
                or (before and before in _SHORT_BEFORE) or (after and after in _SHORT_AFTER):
            return True
        at = text.find(short, at + 1)
    return False


def asked_countries(question: str) -> list[str]:
    """The countries a question names (longest first, none inside another: 印度尼西亚, not 印度)."""
    found, rest = [], question
    for c in _BY_LENGTH:
        if c in rest:
            found.append(c)
            rest = rest.replace(c, " ")
    return found


def country_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the question names a country (not China) that neither the answer nor its sentence,
    the text before it and its article print in any of its forms."""
    if not around.article or best.type == "byline":
        return ""
    answer = best.sentence.folded[best.start:best.end]
    text = around.with_sentence(best.sentence.folded)
    for country in asked_countries(info.text):
        if country not in _OWN and country not in answer and not _held(country, text):
            return "decline:subject"
    return ""
