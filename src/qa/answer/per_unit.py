"""A rate is told with what it is per. "淮海中路街道的人口密度是多少" ↔ "…人口密度达到每平方公里69670人": a density or
speed asked (密度, 速率, 速度) is the figure with the 每-phrase printed right before it ("每平方公里69670人", "每秒30"),
not the bare count, which says how many but not per what. And a price per unit asked ("百香果每公斤卖多少钱") is a
sum printed with its unit beside it ("每公斤12元", "12元/公斤", "12元一斤"); a sum with none is a whole's (an
output's value, "预计产值近180万元"), no one unit's price: declined (price_without_unit)."""

from __future__ import annotations

import re

from ..types import Candidate
from .features import MONEY
from .question import QuestionInfo

_RATE_ASKED = re.compile(r"密度|速率|速度|转速|频率|流量")
_PER = re.compile(r"每(?:平方)?[^\W\d_,，。;；、]{1,3}$")  # "每平方公里", "每秒", "每小时" right before the figure


def per_unit(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best figure widened to the 每-phrase printed right before it, when the question asks a rate and does
    not print that phrase itself; None otherwise."""
    if info.qtype != "number" or best.type != "number" or not _RATE_ASKED.search(info.text):
        return None
    f = best.sentence.folded
    m = _PER.search(f, max(0, best.start - 6), best.start)
    if m is None or m.group() in info.text:
        return None
    return best.narrowed(m.start(), best.end, "per")


# the unit a price is asked per ("每公斤", "每一亩") and the words asking a price
_PER_ASKED = re.compile(r"每一?(?P<unit>公斤|千克|斤|吨|克|两|亩|平方米|平米|个|件|只|头|箱|瓶|盒|袋|张|台|辆|套|间)")
_PRICE_ASKED = re.compile(r"多少钱|多少元|几元|几块钱|价格|价钱|售价|单价|卖多少")


def price_without_unit(best: Candidate, info: QuestionInfo) -> bool:
    """True when the question asks a price per a unit and the sum answering it is printed with no such unit beside
    it (每公斤 before it, /公斤 or 一公斤 after it)."""
    if info.qtype != "number" or best.type != "number":
        return False
    m = _PER_ASKED.search(info.text)
    if m is None or not _PRICE_ASKED.search(info.text):
        return False
    f = best.sentence.folded
    if not f[best.start:best.end].rstrip().endswith(MONEY):
        return False
    unit = m["unit"]
    near = f[max(0, best.start - 8):best.end + 4]
    return not any(mark + unit in near for mark in ("每", "/", "一"))
