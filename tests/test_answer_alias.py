""""X的别名是什么": the names printed after 又名 (别名, 别称, 俗名…) in the sentence that opens with X answer it,
all of them (alias.py). The sentences are CMRC 2018's (trial set: 蓍, 蓝线裸顶鲷, 黄蝉 and 软枝黄蝉, 刺角瓜)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.alias import alias_first, alias_span, aliased, asks_alias
from qa.answer.question import analyze

_YARROW = "蓍(学名:,拼音:shì是),又名欧蓍、千叶蓍、锯草、蚰蜒草、锯齿草、西洋蓍草、羽衣草,是菊科蓍属的多年生草本植物。"
_BREAM = "蓝线裸顶鲷,又称蓝线白𫚭,俗名龙尖,为辐鳍鱼纲鲈形目龙占鱼科的其中一个种。"
_SOFT = "软枝黄蝉(学名:'),别称黄莺、小黄蝉、重瓣黄蝉、泻黄蝉、软枝花蝉,为夹竹桃科黄蝉属植物。"
_HARD = "黄蝉(学名:'),别称为硬枝黄蝉、夹竹桃叶黄蝉、小花黄蝉、丛立黄蝉及黄兰蝉,为夹竹桃科黄蝉属植物。"
_MELON = "刺角瓜,又名非洲角黄瓜(African horned cucumber)或火参果,是葫芦科的植物。"


def test_every_name_after_the_naming_word_answers():
    one = candidate_in(_YARROW, "欧蓍", "term", "named")
    got = aliased(one, analyze("蓍的别名是什么?"))
    assert got is not None and got.text == "又名欧蓍、千叶蓍、锯草、蚰蜒草、锯齿草、西洋蓍草、羽衣草"


def test_the_naming_word_asked_and_the_names_alone_after_it():
    one = candidate_in(_BREAM, "蓝线白𫚭", "term", "named")
    got = aliased(one, analyze("蓝线裸顶鲷的俗名是什么?"))
    assert got is not None and got.text == "俗名龙尖"  # not the 又称 printed first
    one = candidate_in(_MELON, "非洲角黄瓜", "term", "slot")
    got = aliased(one, analyze("刺角瓜又名什么?"))  # the question says 又名: the names alone
    assert got is not None and got.text == "非洲角黄瓜(African horned cucumber)或火参果"


def test_the_sentence_opening_with_the_thing_asked_is_moved_first():
    soft = candidate_in(_SOFT, "黄莺", "term", "named", 3.0, "a:0:1")
    hard = candidate_in(_HARD, "硬枝黄蝉", "term", "named", 2.0, "a:1:0")
    got = alias_first([soft, hard], analyze("黄蝉的别称叫什么?"), lambda c: 1.0)
    assert got[0] is hard


def test_another_question_or_no_name_is_left_alone():
    assert not asks_alias(analyze("蓍是什么植物?"))
    assert alias_span("蓍是菊科蓍属的多年生草本植物。") is None
    one = candidate_in(_YARROW, "欧蓍", "term", "named")
    assert aliased(one, analyze("蓍的学名是什么?")) is None
