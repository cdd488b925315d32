"""Consistency declines of round 47: the holder of another post than the one asked (post_swapped.py), a landform
for a country asked (country_landform.py). Each: the decline, what it must leave alone, and the decline through
`policy.inconsistent`, so the rule is wired in."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.country_landform import landform_for_country
from qa.answer.policy import inconsistent
from qa.answer.post_swapped import other_post_holder
from qa.answer.question import analyze
from qa.normalize import fold


def _case(question: str, sentence: str, answer: str, kind: str, near: str = ""):
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    return analyze(fold(question)), c, Surroundings(near=fold(near), article=sentence, tag=pos_tags)


# ---------------------------------------------------------------- post_swapped.py

@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # absent-paper protocol (news): the ambassador for the military attaché, the head of another association
    ("中国驻马大使馆武官是谁？", "中国驻马大使欧阳玉靖周四率11人代表团到访光华日报。", "欧阳玉靖"),
    ("崇正會聯合總會總監察長是誰？", "此次祝賀團由泰國台灣商會聯合總會總會長陳漢川擔任總團長。", "陳漢川"),
    # the deputy printed, the post itself asked
    ("晨报社总经理是谁？", "出席的有晨报社副总经理王建国。", "王建国"),
])
def test_the_holder_of_another_post_declines(question, sentence, answer):
    info, c, around = _case(question, sentence, answer, "person")
    assert other_post_holder(info, c, around) == "decline:post"
    assert inconsistent(info, c, around) == "decline:post"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the post asked printed in the sentence (and after the name)
    ("中国驻马大使馆武官是谁？", "中国驻马大使馆武官张军会见了代表团。", "张军"),
    ("中国驻马大使是谁？", "中国驻马大使欧阳玉靖周四率代表团到访。", "欧阳玉靖"),
    # a role that any holder answers (DRCD 1193-54-1: 時任韓國總統金泳三 for 韓國的領導人)
    ("莫斯科共同宣言發表時韓國的領導人是誰？", "1994年6月，時任韓國總統金泳三對俄羅斯進行了國事訪問。", "金泳三"),
    # what a question calls someone is no post (DRCD 6433-3-2)
    ("「瑞德沙皇」指的是誰?", "眾議員議長的影響力之高漲始自1890年代，共和黨籍議長湯瑪斯·勃蘭契特·瑞德的任期中。",
     "湯瑪斯·勃蘭契特·瑞德"),
    # no title before the name: the sentence may tell the holder by a deed
    ("中国驻马大使馆武官是谁？", "欧阳玉靖周四率11人代表团到访光华日报。", "欧阳玉靖"),
])
def test_the_post_asked_or_no_post_printed_is_kept(question, sentence, answer):
    info, c, around = _case(question, sentence, answer, "person")
    assert other_post_holder(info, c, around) == ""


# ---------------------------------------------------------------- country_landform.py

@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # half protocol (DRCD 2529-1-2, 5667-3-3 with their paragraphs left out)
    ("英屬維京群島在哪一個國家的東部地區?", "英屬維京群島的大部份島嶼原本都是火山島，所以地形起伏陡峭而多山地。",
     "火山島"),
    ("反法同盟中以哪一個國家為其主力?", "而神聖羅馬帝國則與英國、荷蘭以及數個德意志小邦國組成反法同盟。", "邦國"),
])
def test_a_landform_for_a_country_declines(question, sentence, answer):
    info, c, around = _case(question, sentence, answer, "place")
    assert landform_for_country(info, c) == "decline:type"
    assert inconsistent(info, c, around) == "decline:type"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("哪一個國家的國旗採取五角星圖案?", "古巴國旗自1902年啟用，其白色五角星象徵獨立。", "古巴"),
    ("位于北大西洋的是哪个国家？", "冰岛是位于北大西洋的岛国。", "冰岛"),
    ("哪个国家的总理访问了北京？", "所罗门群岛总理访问了北京。", "所罗门群岛"),
    # no country asked: a landform may answer where
    ("游客在哪里看日出？", "游客在火山岛上看日出。", "火山岛"),
])
def test_a_country_or_no_country_asked_is_kept(question, sentence, answer):
    info, c, _ = _case(question, sentence, answer, "place")
    assert landform_for_country(info, c) == ""
