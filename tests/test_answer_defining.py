""""什么是X" / "X是什么": the sentence that opens with X and its copula answers, not one that only names X
(defining.py). The sentences are CMRC 2018's (trial set, 乙酰胺 and 翼尖小翼)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.defining import asked_term, defines, defining_first
from qa.answer.question import analyze

_DEFINES = "乙酰胺是由乙酸衍生出的酰胺,分子式为CHCONH。"
_NAMES = "乙酰胺的衍生物N,N-二甲基乙酰胺(DMA)是乙酰胺氨基的两个氢被甲基取代后形成的化合物,常被用作溶剂。"
_GLOSSED = "翼尖小翼(winglet或wingtip),又称作翼梢小翼、翼尖帆或翼端帆,通常用于提高固定翼航空器机翼的效率。"
_MENTIONS = "翼尖小翼形状因各种飞机型号不同而有所变异。"


def test_the_defining_sentence_answers_what_is_x():
    naming = candidate_in(_NAMES, _NAMES[:-1], "sentence", "sentence", 3.0, "a:0:1")
    defining = candidate_in(_DEFINES, _DEFINES[:-1], "sentence", "sentence", 1.0, "a:0:0")
    got = defining_first([naming, defining], analyze("什么是乙酰胺?"))
    assert got[0] is defining and got[1] is naming


def test_a_glossed_term_and_its_other_names_define_it():
    assert defines(_GLOSSED, "翼尖小翼")
    mentioning = candidate_in(_MENTIONS, _MENTIONS[:-1], "sentence", "sentence", 3.0, "a:0:1")
    short = candidate_in(_GLOSSED, "翼梢小翼", "term", "head", 2.0, "a:0:0")
    widest = candidate_in(_GLOSSED, _GLOSSED[:-1], "sentence", "sentence", 1.0, "a:0:0")
    got = defining_first([mentioning, short, widest], analyze("翼尖小翼是什么?"))
    assert got[0] is widest


def test_only_a_whole_definition_asked_moves_it():
    assert asked_term(analyze("什么是乙酰胺?")) == "乙酰胺"
    assert asked_term(analyze("西班牙语言的定义是什么?")) == "西班牙语言"
    assert asked_term(analyze("猴面包树的别名是什么?")) == ""  # an attribute of it: its slot answers
    assert asked_term(analyze("乙酰胺有哪些用途?")) == ""
    assert not defines(_NAMES, "乙酰胺") and not defines(_MENTIONS, "翼尖小翼")
    naming = candidate_in(_NAMES, _NAMES[:-1], "sentence", "sentence", 3.0, "a:0:1")
    defining = candidate_in(_DEFINES, _DEFINES[:-1], "sentence", "sentence", 1.0, "a:0:0")
    assert defining_first([naming, defining], analyze("乙酰胺的衍生物是什么?"))[0] is naming


def test_what_x_refers_to_and_its_other_name():
    # DRCD's "綠窗口指的是什麼?" ↔ "綠窗口或綠色窗口是日本各JR鐵路公司的票務櫃臺之泛稱,…" (folded)
    defining = "绿窗口或绿色窗口是日本各jr铁路公司的票务柜台之泛称,主要的业务是销售jr的各级车票。"
    naming = "虽然绿窗口是jr各公司统一使用的名称,但各公司的设计并不相同。"
    assert asked_term(analyze("綠窗口指的是什麼?")) == "绿窗口"
    assert defines(defining, "绿窗口")
    first = candidate_in(naming, naming[:-1], "sentence", "sentence", 3.0, "a:0:1")
    other = candidate_in(defining, defining[:-1], "sentence", "sentence", 1.0, "a:0:0")
    assert defining_first([first, other], analyze("綠窗口指的是什麼?"))[0] is other


def test_defines_matches_its_one_pattern_on_every_opening():
    """defines() matches the lead and the term in code (no pattern compiled per term): the same as the one pattern
    of lead, term and what follows, on CMRC sentences with the terms they open with and on every kind of lead."""
    import json
    import re
    from pathlib import Path

    from qa.answer.defining import _DEFINES as DEFINES
    from qa.answer.defining import _LEAD, _OR, GLOSS
    from qa.normalize import fold
    from qa.split import split_text

    def reference(sentence: str, term: str) -> bool:
        return re.match(_LEAD + re.escape(term) + GLOSS + _OR + DEFINES, sentence) is not None

    data = json.loads((Path(__file__).parent / "data" / "cmrc2018_trial.json").read_text(encoding="utf-8"))
    sentences = [fold(p["context"][a:b]) for d in data["data"] for p in d["paragraphs"]
                 for a, b in split_text(p["context"])]
    leads = ["", "所谓", "<br>", "在数学中,", "在数学里，所谓", "在中国中,<br>", "在一二三四五六七八中,",
             "在一二三四五六七八九中,", "在中,", "在数学上，上,", "在数学中中,"]
    tails = ["是一种", "(gloss)是", "(gloss),又称", "或绿色窗口是", "，指", "为", "的", "(未闭合是"]
    cases = [(s, s[:n]) for s in sentences[::20] for n in (2, 3)]  # (each term's pattern compiled: ~1 ms)
    cases += [(s, "约化群") for s in sentences[:200]]
    cases += [(lead + "约化群" + tail, term) for lead in leads for tail in tails for term in ("约化群", "约化", "群")]
    assert sum(reference(s, t) for s, t in cases) > 30  # (the cases do exercise it)
    assert [defines(s, t) for s, t in cases] == [reference(s, t) for s, t in cases]
