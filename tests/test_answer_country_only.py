"""A country asked answered by a span that opens with a country and goes on (a city in it, a body of it, a word
about it): the country alone (country_only.py); not a state's longer name, the people of it, or another name that
opens with a country's (印度洋)."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.country_only import country_only
from qa.answer.question import analyze


def _only(sentence: str, answer: str, question: str, kind: str = "place") -> str | None:
    got = country_only(candidate_in(sentence, answer, kind), analyze(question), pos_tags)
    return None if got is None else got.text


def test_a_country_asked_is_answered_by_the_country_alone():
    assert _only("该馆位于英国伦敦市南肯辛顿。", "英国伦敦市", "自然史博物馆位在哪一个国家内？") == "英国"
    assert _only("化石发现于中国东北的辽宁省。", "中国东北", "孔子鸟是哪一个国家发现的？") == "中国"
    assert _only("这一思想最早由日本共产党提出。", "日本共产党", "这一思想是由哪一个国家的共产党所提出？",
                 "org") == "日本"


def test_a_state_s_name_its_people_or_another_name_stay_whole():
    assert _only("库页岛现属俄罗斯联邦管辖。", "俄罗斯联邦", "库页岛是属于哪个国家的岛屿？") is None
    assert _only("他是德国人,1848年到达非洲。", "德国人", "他是哪一国人？") is None
    assert _only("本土地处维多利亚湖和印度洋之间。", "印度洋", "西南边是哪一国？") is None
    assert _only("该馆位于英国伦敦市。", "英国伦敦市", "自然史博物馆位于哪里？") is None  # no country asked
