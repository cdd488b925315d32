"""Composer rules of the pages42 branch: a place the page names only as where its people go or link up to is not
the owner of the bare posts it prints (people.py)."""

from __future__ import annotations

import pytest

from qa.answer.people import _only_elsewhere, asked_post
from qa.answer.policy import _single_year
from qa.answer.question import analyze

_YANCHENG = ("市人大常委会常务副主任倪峰主持会议并讲话。市人大常委会副主任尹金来、马俊健出席。"
             "倪峰指出,要推动人大工作深度接轨上海,扎实做好下半年全市人大工作。")


@pytest.mark.parametrize(("owner", "text", "elsewhere"), [
    ("上海", _YANCHENG, True),  # only "接轨上海": another city's page
    ("上海", "代表团赴上海考察。" * 2, True),
    ("上海", _YANCHENG + "上海市人大常委会主任龚学平会见代表团。", False),  # named as the owner too
    ("盐城", _YANCHENG, False),  # not named at all: left to the check of a missing owner
    ("上海", "上海人大工作会议召开。", False),
])
def test_a_place_named_only_as_a_goal_owns_no_bare_post(owner, text, elsewhere):
    assert _only_elsewhere(owner, text) is elsewhere


@pytest.mark.parametrize(("question", "post"), [
    ("来东台调研人大换届选举工作的盐城市人大常委会常务副主任是谁？", "盐城市人大常委会常务副主任"),
    ("送别刘泽民时山西省省长是谁？", "山西省省长"),
    ("浙江任前公示中曾任嵊州市市长的是谁？", "嵊州市市长"),
    ("到寿宁县融媒体中心调研的市委宣传部常务副部长是谁？", "市委宣传部常务副部长"),
    ("河南省中医院院长是谁？", "河南省中医院院长"),  # 中 of a name is no scope
    ("临时党支部书记是谁？", "临时党支部书记"),  # nor 时 of a word a time clause
])
def test_a_clause_before_the_asked_post_says_which_holder_not_which_post(question, post):
    assert asked_post(analyze(question)) == post


@pytest.mark.parametrize(("article", "asked", "single"), [
    ("2023年宜章县国民经济和社会发展统计公报 2023年,宜章县全面贯彻。全年城镇新增就业人员5688人。", ("2023",), True),
    ("2023年宜章县统计公报。全年城镇新增就业人员5688人,比2022年增加。", ("2023",), False),  # two years printed
    ("2023年宜章县统计公报。全年城镇新增就业人员5688人。", ("2021",), False),  # another year asked
    ("二〇二三年工作报告。全年城镇新增就业人员5688人。", ("2023",), True),  # the year in Chinese numerals
])
def test_a_piece_of_one_year_dates_its_yearless_sentences(article, asked, single):
    assert _single_year(article, asked) is single

