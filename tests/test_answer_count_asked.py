"""A count where a name is asked (哪家媒体 ↛ "30家中外媒体"), an ordinal where a count is (几个 ↛ "第22个")."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.count_asked import amount_for_ordinal, count_for_which, one_for_several, ordinal_for_count
from qa.answer.question import analyze
from qa.normalize import fold


def _candidate(sentence: str, answer: str, kind: str):
    return candidate_in(fold(sentence), fold(answer), kind)


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    ("代表团开放日上第一个获得提问机会的是哪家媒体的记者？", "来自国内外30家中外媒体的70多名记者到会旁听。",
     "国内外30家中外媒体", "decline:kind"),
    ("哪家媒体的记者采访了Lucy？", "全國30餘家網路媒體的記者們在伊寧市採訪。", "全國30餘家網路媒體", "decline:kind"),
    ("哪家媒体的记者采访了Lucy？", "新华社记者采访了Lucy。", "新华社", ""),
    # a time's measure asks a time: "1990年" is no count of years
    ("第一届比赛在哪一年举行？", "第一届比赛于1990年举行。", "1990年", ""),
])
def test_a_count_is_no_name(question, sentence, answer, why):
    assert count_for_which(analyze(fold(question)), _candidate(sentence, answer, "org")) == why


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    ("两会新闻中心设置了几个记者组的工作间？", "11月8日,第22个中国记者节,县委书记来到县融媒体中心。", "第22个中国",
     "decline:unit"),
    ("两会新闻中心设置了几个记者组的工作间？", "新闻中心设置了12个记者组的工作间。", "12个", ""),
    ("2024年11月8日是第几个中国记者节？", "11月8日是第25个中国记者节。", "第25个", ""),
])
def test_an_ordinal_is_no_count(question, sentence, answer, why):
    assert ordinal_for_count(analyze(fold(question)), _candidate(sentence, answer, "number")) == why


def test_a_running_ordinal_counts_years():
    info = analyze(fold("宁波建设报连续几年获得全国工程建设行业报纸“金页奖”？"))
    assert ordinal_for_count(info, _candidate("本报连续第7年获得金页奖。", "第7年", "number")) == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    ("Luxon2025年访华期间访问了哪两个城市？", "墨爾本市長也開啟訪問行程。", "行程", "decline:list"),
    # one of them, named as the kind asked, is part of the answer
    ("周济要求高等学校制定好哪三个规划?", "要制定好“发展战略规划”。", "“发展战略规划”", ""),
    ("Luxon2025年访华期间访问了哪两个城市？", "他先后访问了上海和北京。", "上海和北京", ""),
    # one asked, the other named: "另一个是?"
    ("彌爾對於哪兩個方面貢獻極大,一個是勞動階級的利益,另一個是?", "他支持改革法案。", "改革法案", ""),
])
def test_one_is_not_several(question, sentence, answer, why):
    assert one_for_several(analyze(fold(question)), _candidate(sentence, answer, "slot")) == why


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    # DRCD 2493-13-2, asked with its paragraph not indexed: a sum is no rank
    ("重工業工人較多的長崎縣第幾區?", "2014年，長崎縣工業品生產金額有15,625億日元，其中輸送用機械的比重最高。",
     "15,625億日元", "decline:unit"),
    # the rank printed with 第, bare or in the asked measure word (DRCD 5769-3-1, 1150-2-2, 5450-4-1)
    ("民國十六年時於行政總局第幾區設置了鎮越縣?", "民國十六年於行政總局第五區設置鎮越縣。", "第五區", ""),
    ("西元前4713年1月1日12:00是儒略日的第幾天?", "1996年1月1日12:00是儒略日的2450084。", "2450084", ""),
    ("托木斯克州的公路總長位居俄聯邦的第幾位?", "州內公路總長位居俄聯邦第63位。", "63位", ""),
])
def test_an_amount_is_no_rank(question, sentence, answer, why):
    assert amount_for_ordinal(analyze(fold(question)), _candidate(sentence, answer, "number")) == why
