"""A population asked ("葡萄牙有多少华侨华人", "在匈牙利的华人实际上有多少", "約多少人口生活在庫頁島上"), answered by
the count closing a row of named people ("…叶德静,…王俞力,…郑芸芸等一行7人抵达匈牙利", "山口鐵五郎等五人"):
"等 N 人" counts the people just named — a delegation, a party — never how many live somewhere or how many of a
people a place holds. Declined ("decline:measure"). Only the population words are read (人口, 华侨华人, 华人,
侨胞, 居民…), not a group of them ("多少华人代表出席": a party counted) nor other people (a delegation's "一行几人"
is what "等一行7人" answers)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the words of a people or of those living somewhere, not followed by a word making them a group of delegates
_POPULATION = r"(?:人口|华侨华人|华侨|华人|侨胞|侨民|居民|市民|村民)(?!代表|领袖|社团|团体|商|会|组织|企业)"
# the population is what the question word counts: right before it ("…的华人实际上有|多少"), or right after it
# ("有多少|华侨华人", "多少人|口": the question word may hold the noun's first character)
_BEFORE_WH = re.compile(_POPULATION + r"(?:实际上|目前|现在|现有|大约|约|共|总共|一共)*(?:有|是|为|达|约)*$")
_AFTER_WH = re.compile(r"^(?:多少|几|若干)?[名位个]?" + _POPULATION)
# a count of people (人, 位, 名), with a figure
_PEOPLE_COUNT = re.compile(r"[\d一二三四五六七八九十百千万两几多余]\s?(?:人|位|名)$")
# the count's words before it close a row of names: "等7人", "等一行7人", "等共计5人"
_AFTER_ROW = re.compile(r"等(?:一行|共|计|共计)?\s*$")


def population_listed(info: QuestionInfo, best: Candidate) -> str:
    """"decline:measure" when a population is asked and the answer is the count closing a row of names."""
    if info.qtype != "number" or not info.wh:
        return ""
    if not _BEFORE_WH.search(info.left.rstrip()) and not _AFTER_WH.match(info.wh_word + info.right):
        return ""
    f = best.sentence.folded
    if not _PEOPLE_COUNT.search(f[best.start:best.end].strip()) or not _AFTER_ROW.search(f[:best.start]):
        return ""
    return "decline:measure"
