""""X的职业是什么": the answer is cut to the trade its sentence prints, without the places before it or the
relative clause before 的 (trade_named.py). The sentences are CMRC 2018's (杨昊) and DRCD's (狄拉克), folded."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.trade_named import asks_trade, trade_named

_YANG = "杨昊(1985年10月12日-),中国足球运动员,司职中场,现效力于中乙球队陕西长安竞技"
_DIRAC = "他的父亲,查尔斯•埃卓恩•拉迪斯拉斯•狄拉克,是一个曾在布里斯托教书的法文老师,从瑞士瓦莱州的圣莫里斯移民到英国"


def _pos(text: str) -> list[tuple[str, str]]:
    # the tags the composer's tagger gives these words
    tags = {"中国": "ns", "足球": "n", "运动员": "n"}
    out, at = [], 0
    while at < len(text):
        word = next((w for w in tags if text.startswith(w, at)), text[at])
        out.append((word, tags.get(word, "x")))
        at += len(word)
    return out


def test_the_trade_without_its_country():
    best = candidate_in(_YANG, _YANG[_YANG.index("中国"):], "sentence", "sentence")
    got = trade_named(best, analyze("杨昊的职业是什么？"), _pos)
    assert got is not None and got.text == "足球运动员"


def test_the_trade_without_the_clause_before_its_de():
    best = candidate_in(_DIRAC, _DIRAC, "sentence", "sentence")
    got = trade_named(best, analyze("保羅•狄拉克的父親的職業是什麼?"), _pos)
    assert got is not None and got.text == "法文老师"


def test_only_an_occupation_asked_cuts():
    assert asks_trade(analyze("杨昊的职业是什么？")) and not asks_trade(analyze("杨昊是哪国人？"))
    best = candidate_in(_YANG, _YANG[_YANG.index("中国"):], "sentence", "sentence")
    assert trade_named(best, analyze("杨昊司职什么位置？"), _pos) is None
