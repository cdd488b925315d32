"""Shorter answers to simplified-Chinese reading questions: the question analysis and span rules that cut a value
out of the sentence that tells it (checked on sentences written for the test, no engine needed)."""

from __future__ import annotations

import pytest

from qa.answer.question import abbreviation_asked, analyze, asked_attribute, which_noun
from qa.answer.short import abbreviated, attribute_value, names_one
from qa.answer.spans import ends_clause
from qa.answer.typed import numbers


@pytest.mark.parametrize("question, attribute", [
    ("乙酰胺的分子式是什么？", "分子式"),
    ("亚硫酸盐在葡萄酒中的作用是什么？", "作用"),
    ("这种鸟的特点是什么", "特点"),
    ("什么是乙酰胺？", ""),  # a definition of the thing itself, not an attribute
    ("乙酰胺是什么？", ""),
    ("会议在哪里召开？", ""),  # not a definition question
])
def test_asked_attribute(question, attribute):
    assert asked_attribute(analyze(question)) == attribute


def test_ends_clause_keeps_a_bracket_it_opens_and_stops_at_one_it_did_not():
    text = "别名无头土香(台湾一带)、无头香,是植物"
    start, end = ends_clause(text, 2)
    assert text[start:end] == "无头土香(台湾一带)、无头香"
    text = "耶利米(希伯来文:yirmeyahu)是先知"
    start, end = ends_clause(text, text.index("yir"))
    assert text[start:end] == "yirmeyahu"


def test_attribute_value_is_what_follows_the_attribute():
    sentence = "乙酰胺是由乙酸衍生出的酰胺,分子式为CHCONH。"
    got = [sentence[s.start:s.end] for s in attribute_value(sentence, "分子式", "乙酰胺的分子式是什么")]
    assert got == ["CHCONH"]
    # 代号 told right before its value, with no copula
    sentence = "该接口是在JCP下开发的,代号JSR 93。"
    assert [sentence[s.start:s.end] for s in attribute_value(sentence, "代号", "它的代号是什么")] == ["JSR 93"]


def test_attribute_value_skips_an_announcement_and_a_noun_phrase():
    sentence = "乡里制的特点主要有以下三点:第一,…"
    assert attribute_value(sentence, "特点", "乡里制的特点是什么") == []
    sentence = "它的特点和作用都很明显。"
    assert attribute_value(sentence, "特点", "它的特点是什么") == []


@pytest.mark.parametrize("question, short", [
    ("首钢是什么的简称？", "首钢"),
    ("南宁二中是哪个学校的简称", "南宁二中"),
    ("冰雪皇后的简称是什么？", ""),  # the short form is asked, not the full name
    ("首钢是什么？", ""),
    # 昌都报: "(以下简称“哒多阳光乳业”)" after the full name; the full name asked by the short form
    ("哒多阳光乳业的全称是什么？", "哒多阳光乳业"),
    ("首钢全名叫什么", "首钢"),
    ("首钢的全称有多长？", ""),
])
def test_abbreviation_asked(question, short):
    assert abbreviation_asked(analyze(question)) == short


def test_abbreviated_is_the_name_before_its_short_form():
    sentence = "首钢集团有限公司,简称首钢,是北京市属国有独资公司。"
    assert [sentence[s.start:s.end] for s in abbreviated(sentence, "首钢")] == ["首钢集团有限公司"]
    sentence = "广西南宁市第二中学(简称:南宁二中)是一所中学。"
    assert [sentence[s.start:s.end] for s in abbreviated(sentence, "南宁二中")] == ["广西南宁市第二中学"]
    assert abbreviated("首钢集团有限公司,简称首都钢铁。", "首钢") == []


@pytest.mark.parametrize("question, noun", [
    ("渠成小学就读于哪所小学？", "小学"),
    ("海梅·雷耶斯是哪家漫画公司的虚拟人物？", "漫画公司"),
    ("哪座城市最大？", "城市"),  # the whole noun, not 城
    ("他师从哪位漫画家？", ""),  # 位 counts people: their name follows the noun
    ("他去了哪家？", ""),
])
def test_which_noun(question, noun):
    assert which_noun(analyze(question)) == noun


@pytest.mark.parametrize("text, noun, one", [
    ("南开大学", "大学", True),
    ("中国邮政集团公司", "公司", True),
    ("国立大学", "大学", False),  # a sort of university, not one
    ("分公司", "公司", False),
    ("大学", "大学", False),
])
def test_names_one(text, noun, one):
    assert names_one(text, noun) is one


@pytest.mark.parametrize("question, kind, right", [
    ("这一时代被称为什么时代？", "what", "时代"),  # 称为 + 什么: a name is asked
    ("唐朝将帅都督改为什么职务？", "what", "职务"),
    ("后来改名为什么？", "what", ""),
    ("一九九四年《華澳郵報》改版為甚麼報？", "what", "报"),  # a two-character verb ending in 为: 改版, 升格
    ("该校后来升格为什么学院？", "what", "学院"),
    ("中文名称为什么又叫佐顿谷南道？", "why", "又叫佐顿谷南道"),  # a verb follows: why
    ("潘仕成为何被封为道员？", "why", "被封为道员"),
    ("他为什么成为演员？", "why", "成为演员"),
])
def test_why_after_a_verb_ending_in_wei_asks_what(question, kind, right):
    info = analyze(question)
    assert (info.qtype, info.right) == (kind, right)


@pytest.mark.parametrize("text, number", [
    ("占全区总面积的五分之一", "五分之一"),
    ("约为三分之二", "三分之二"),
    ("误差仅百万分之一", "百万分之一"),
    ("占百分之六十六", "百分之六十六"),
    ("他十分高兴", None),  # 十分 is an adverb, no fraction
])
def test_fractions_are_numbers(text, number):
    got = [text[s.start:s.end] for s in numbers(text)]
    assert (number in got) if number else not any("分之" in g for g in got)


@pytest.mark.parametrize("text, number", [
    ("年雨量有1060公厘", "1060公厘"),
    ("出血量通常不超过500毫升", "500毫升"),
    ("耗资5亿日圆", "5亿日圆"),
    ("可直航5000吨级的船", "5000吨级"),
    ("最多可以达到350kw", "350kw"),
])
def test_units_of_taiwan_and_volumes_stay_with_their_number(text, number):
    assert number in [text[s.start:s.end] for s in numbers(text)]
