"""Consistency checks of the news suites' decline cases: a figure cut from an ordinal (ordinal_cut.py), a length of
years for a year asked (year_duration.py), a time for a count (time_for_count.py), another body's post in the
answer's title chain (chain_body.py) — each on the real sentence of its page, and a right answer kept."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.chain_body import chain_body
from qa.answer.group_total import group_total
from qa.answer.ordinal_cut import ordinal_cut
from qa.answer.other_award import other_award
from qa.answer.question import analyze
from qa.answer.time_for_count import time_for_count
from qa.answer.year_duration import year_duration
from qa.normalize import fold

_UNION = ("第二天,也就是1月20日,在首尔大林洞中华大酒店隆重举行的祝贺全国在韩中国同胞联合会成立暨社团团拜大型慰问演唱会"
          "上,新当选的全国在韩中国同胞联合会理事会理事长兼会长曹明权博士在讲话时呼吁在韩的中国同胞们要融入到韩国的主流社会。")
_COURT = "其他被告人分别被判处1个月至5年不等的有期徒刑。"


def _ask(rule, question: str, sentence: str, answer: str, kind: str = "number") -> str:  # type: ignore[no-untyped-def]
    return str(rule(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), kind)))


def test_a_figure_cut_from_an_ordinal_is_no_count():
    assert _ask(ordinal_cut, "在韩中国同胞全国联合会有多少会员？", _UNION, "二天") == "decline:ordinal"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("在韩中国同胞全国联合会有多少会员？", "联合会现有会员二千人。", "二千人"),
    ("这是第几次会议？", "这是第二次会议。", "二次"),  # the ordinal asked
])
def test_a_figure_not_after_di_or_an_ordinal_asked_stays(question: str, sentence: str, answer: str):
    assert _ask(ordinal_cut, question, sentence, answer) == ""


def test_a_length_of_years_is_no_year():
    assert _ask(year_duration, "林州集中宣判的被告人焦玲强是哪一年出生的？", _COURT, "5年", "time") \
        == "decline:duration"


@pytest.mark.parametrize(("sentence", "answer"), [
    ("他生于民国5年。", "5年"),  # an era's year
    ("他生于1985年。", "1985年"),
])
def test_a_year_stays(sentence: str, answer: str):
    assert _ask(year_duration, "他是哪一年出生的？", sentence, answer, "time") == ""


def test_a_time_is_no_count_of_visits():
    assert _ask(time_for_count, "中國天氣網每天的訪問量有多少？", "這也是中國天氣網正式運行一年以來。", "一年") \
        == "decline:time-count"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("中國天氣網每天的訪問量有多少？", "中國天氣網每天的訪問量達到300萬人次。", "300萬人次"),
    ("工程的天数是多少？", "工程历时30天。", "30天"),  # a noun of time asks a time
])
def test_a_count_or_a_time_noun_stays(question: str, sentence: str, answer: str):
    assert _ask(time_for_count, question, sentence, answer) == ""


def test_another_papers_deputy_editor_declines():
    assert _ask(chain_body, "更生日報社的副總編輯是誰？", "——访安徽工人日报社党总支书记、副总编辑陆世明", "陆世明",
                "person") == "decline:post"


@pytest.mark.parametrize(("question", "sentence"), [
    ("更生日報社的副總編輯是誰？", "更生日報社副總編輯陆世明昨天說。"),  # the body asked
    ("副總編輯是誰？", "——访安徽工人日报社党总支书记、副总编辑陆世明"),  # no body asked
])
def test_the_asked_body_or_none_stays(question: str, sentence: str):
    assert _ask(chain_body, question, sentence, "陆世明", "person") == ""


def test_another_kind_of_honour_declines():
    sentence = ("今年我省共有68人榮獲2020年全國勞動模范和先進工作者稱號,其中45人獲全國勞動模范稱號,"
                "23人獲全國先進工作者稱號。")
    assert _ask(other_award, "三明有多少人獲得全國五一勞動獎章？", sentence, "45人") == "decline:award"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("三明有多少人獲得全國五一勞動獎章？", "三明共有5人獲得全國五一勞動獎章。", "5人"),  # the honour asked
    ("三明有多少人獲得什麼獎章？", "其中45人獲全國勞動模范稱號。", "45人"),  # none named in the question
])
def test_the_honour_asked_stays(question: str, sentence: str, answer: str):
    assert _ask(other_award, question, sentence, answer) == ""


def test_a_groups_total_is_no_named_things():
    assert _ask(group_total, "大张高铁总投资多少亿元？", "重点推进7个城镇项目,总投资129.2亿元,年度投资16.85亿元。",
                "129.2亿元") == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("大张高铁总投资多少亿元？", "大张高铁总投资129.2亿元。", "129.2亿元"),  # the thing asked
    ("12个项目总投资多少亿元？", "此次集中开竣工的12个项目总投资23.3亿元。", "23.3亿元"),  # a group asked
])
def test_the_named_thing_or_a_group_asked_stays(question: str, sentence: str, answer: str):
    assert _ask(group_total, question, sentence, answer) == ""
