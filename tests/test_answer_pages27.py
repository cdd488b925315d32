"""Question and composer rules found on pages27's mainland pages, each on a small page of its own."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.level_place import level_places
from qa.answer.people import owner_unnamed
from qa.answer.question import analyze
from qa.answer.short import headed
from qa.answer.spans import Span
from qa.normalize import fold


def _places(question: str, text: str) -> list[str]:
    f = fold(text)
    return [f[s.start:s.end] for s in level_places(f, analyze(question))]


def test_the_unit_of_the_level_asked_printed_over_the_place():
    text = "秀水河边,通城县隽水镇宝塔村,走来一双矫健的脚步。"
    assert _places("宝塔村在哪个镇？", text) == ["隽水镇"]
    assert _places("宝塔村属于哪个县？", text) == ["通城县"]
    assert _places("我是来自应县杏寨乡望岩村的吗", "我是来自应县杏寨乡望岩村的一名农民。") == []  # no level asked
    assert _places("望岩村属于哪个乡？", "我是来自应县杏寨乡望岩村的一名农民。") == ["杏寨乡"]
    # a word before the village, not a run of places: nothing
    assert _places("宝塔村在哪个镇？", "大家都说宝塔村变了。") == []


def test_names_listed_before_respectively_pair_with_the_posts_listed_after_it(config, tmp_path):
    engine = page_engine(config, tmp_path, "晚报创刊\n\n1995年,从日报过去了3位老师,刘胜刚、金海山、张革,"
                         "分别任晚报副总编辑、晚报总编助理、编辑部主任。\n")
    assert engine.ask("谁任晚报总编助理？").text == "金海山"
    assert engine.ask("晚报的编辑部主任是谁？").text == "张革"
    assert engine.ask("晚报的总编辑是谁？").declined  # only the 副总编辑 is printed


def test_a_near_post_of_an_article_not_naming_the_asked_owner_is_no_near_miss():
    assert owner_unnamed("舟山晚报创刊时的编辑部主任", "本报编辑部副主任王某出席。")
    assert not owner_unnamed("舟山晚报创刊时的编辑部主任", "舟山晚报编辑部副主任王某出席。")


def test_a_rare_surname_after_a_post_and_a_name_cut_before_its_verb(config, tmp_path):
    engine = page_engine(config, tmp_path, "团拜会举行\n\n区委书记马春雷出席。区委副书记、区长杲云,"
                         "区政协主席刘海涛等领导出席活动。\n\n项目部揭牌\n\n随后,丁青明召开了项目部第一次党员大会。\n")
    assert engine.ask("区长是谁？").text == "杲云"
    assert engine.ask("谁召开了项目部第一次党员大会？").text == "丁青明"


def test_the_spoken_square_metre_is_a_unit(config, tmp_path):
    engine = page_engine(config, tmp_path, "蘑菇丰收\n\n杨秋发2009年种植蘑菇900平方,首次采摘纯收入就达7000多元。\n")
    assert engine.ask("杨秋发2009年种植了多少蘑菇？").text == "900平方"


def test_which_ordinal_is_answered_by_the_ordinal_printed(config, tmp_path):
    engine = page_engine(config, tmp_path, "党代会开幕\n\n1月13日下午,区委领导看望了出席区第八次党代会的各位代表。"
                         "这次党代会是一次十分重要的会议。\n")
    assert engine.ask("这次召开的是第几次党代会？").text == "第八次"


def test_which_paper_is_answered_by_its_title():
    f = fold("我们这批原来《东方信息导报》的采编人员大多留了下来。")
    i = f.index("东方")
    quote = Span(i, i + len("东方信息导报"), "quote", "quote")
    found = [(f[s.start:s.end], firm) for s, firm in headed(f, [quote], "报纸", "哪份报纸")]
    assert found == [("《东方信息导报》", 1.0)]
