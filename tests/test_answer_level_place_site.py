"""A site asked by the unit it is in (level_place): "华罗庚林业情怀纪念馆在新林区哪个镇" ↔ "先后深入塔源镇…"."""

from __future__ import annotations

from qa.answer.level_place import level_places
from qa.answer.question import analyze
from qa.normalize import fold


def _places(question: str, text: str) -> list[str]:
    f = fold(text)
    return [f[s.start:s.end] for s in level_places(f, analyze(question))]


def test_a_site_named_by_its_kind_with_the_unit_above_after_the_verb():
    text = "刘伟一行先后深入塔源镇华罗庚林业情怀纪念馆、塔尔根镇全球唯一“爱情坐标点”,参观了林业生产工具。"
    assert _places("华罗庚林业情怀纪念馆在新林区哪个镇？", text) == ["塔源镇"]


def test_a_word_before_the_site_is_no_unit():
    assert _places("华罗庚林业情怀纪念馆在哪个镇？", "大家都去了华罗庚林业情怀纪念馆。") == []


def test_a_reservoir_in_a_list_of_sites_is_in_the_town_printed_right_before_it():
    text = ("15日下午和16日上午调研组一行先后到天星乡三星村、羊桥土家族乡坪地村、水尾镇马家寨村、注溪镇衙院村、周坪村、"
            "大有镇下溪水库及思州石砚生产加工基地。")
    assert _places("下溪水库在岑巩县哪个镇？", text) == ["大有镇"]
