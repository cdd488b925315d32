"""Composer rules the pages61 suite called for (real sentences of its pages): "新一届" is no number of a series
(agreement.other_ordinal), a span of years counted back is no year (agreement.day_for_year), a fate asked that the
sentence tells of no one (agreement.other_deed), "唯一一名" is no count, a span of bare days after its subject is a
time, and an overseas road's Latin name with its city is an address (typed.py)."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings, day_for_year, other_deed, other_ordinal_in
from qa.answer.question import analyze
from qa.answer.typed import extract, numbers, times
from qa.normalize import fold


def test_the_new_term_is_no_number_of_a_series():
    # 菲龙网: "新一届理事长" is the term just begun (the 第二十五届 the question names), not the first term
    q = analyze(fold("菲中友好协会第二十五届职员就职典礼上宣誓就职的新一届理事长是谁？"))
    assert other_ordinal_in(q, fold("新一届理事长施碧波宣誓就职,他在致词中表示:创会成立四十九年以来"), "") == ""
    # another term printed by its number still tells of another term
    assert other_ordinal_in(q, fold("第二十四届职员就职典礼上,理事长王某宣誓就职。"), "") == "decline:other"


def test_a_span_of_years_counted_back_is_no_year():
    # 华人头条: "成立于哪一年" is not answered by "回顾了过去一年的成就"
    q = analyze(fold("米兰华侨华人企业家联谊会成立于哪一年？"))
    assert day_for_year(q, "过去一年") == "decline:year"
    assert day_for_year(q, "近两年") == "decline:year"
    assert day_for_year(q, "2015年") == ""


def test_a_fate_asked_that_the_sentence_tells_of_no_one():
    # 今傳媒: "有多少人受傷" is not answered by the count of those evacuated
    s = fold("因應杜蘇芮颱風,屏東縣截至28日上午統計預防性撤離9鄉413人,收容安置139人。")
    q = analyze(fold("杜蘇芮颱風期間屏東縣有多少人受傷？"))
    assert other_deed(q, candidate_in(s, "413人"), Surroundings(tag=pos_tags)) == "decline:measure"
    s2 = fold("颱風造成屏東縣12人受傷,1人失蹤。")
    assert other_deed(q, candidate_in(s2, "12人"), Surroundings(tag=pos_tags)) == ""


def test_the_only_one_is_no_count():
    # AM1320: "唯一一名…的人" describes 溫金有, it counts no one
    f = fold("他是首名在加拿大境內出生的已知華裔人士,並是唯一一名在反剝奪亞裔公民權前後均有投票的人。")
    assert not [f[s.start:s.end] for s in numbers(f) if "一" in f[s.start:s.end]]
    g = fold("另有3名議員出席。")
    assert "3名" in [g[s.start:s.end] for s in numbers(g)]


def test_a_span_of_bare_days_after_its_subject_is_a_time():
    # 指傳媒: the days of a visit, the month the page's
    f = fold("夏立言18日至21日訪問印尼期間,除參加雅加達台商會慶祝成立25週年活動外,並受邀進行兩場演講。")
    assert "18日至21日" in [f[s.start:s.end] for s in times(f, pos_tags(f))]
    f = fold("請在3日至5日內完成登記。")
    assert "3日至5日" not in [f[s.start:s.end] for s in times(f, pos_tags(f))]


def test_an_overseas_roads_latin_name_with_its_city_is_an_address():
    # AM1320: "位於溫市Keefer街112號"
    f = fold("位於溫市Keefer街112號、以溫金有命名的市府衛星辦公室於星期五揭幕。")
    assert "温市keefer街112号" in [f[s.start:s.end] for s in extract(f, pos_tags(f)) if s.type == "place"]


def test_the_term_before_is_still_another_than_the_numbered_one():
    # pages34: "上一届四川省运会" is not the 第十四届 a sentence numbers
    q = analyze(fold("眉山代表团在上一届四川省运会获得多少枚金牌？"))
    s = fold("于8月8日晚开幕的四川省第十四届运动会此前已完成32个竞赛项目。")
    assert other_ordinal_in(q, s, "") == "decline:other"


def test_a_fate_printed_as_one_character_after_a_count():
    # taisounds: "釀成4死39傷的悲劇" tells of the dead
    s = fold("台中新光三越13日發生氣爆,釀成4死39傷的悲劇。")
    q = analyze(fold("台中新光三越氣爆造成多少人死亡？"))
    assert other_deed(q, candidate_in(s, "4"), Surroundings(tag=pos_tags)) == ""


def test_a_fate_told_in_nouns_only_is_another_fate():
    # usnewscenterca_eileen_p361 (pages47): "造成多少人死亡" is not answered by "造成上百万居民断水断电" (断水, 断电
    # are nouns to jieba), though the text before tells of deaths (so the sentence's want of a fate does not decline)
    q = analyze(fold("飓风“艾达”在路易斯安娜州造成多少人死亡？"))
    s = fold("4级飓风“艾达”在当地时间8月29日首先登录美国路易斯安娜州新奥尔良市西南海岸登陆,造成上百万居民断水断电,"
             "迄今仍有部分地区断电断网。")
    near = fold("飓风“艾达”在美国东北部造成的死亡人数已经上升至45人。")
    assert other_deed(q, candidate_in(s, "上百万"), Surroundings(near=near, tag=pos_tags)) == "decline:measure"
    s2 = fold("飓风登陆后,造成上百万居民死亡。")  # the fate asked
    assert other_deed(q, candidate_in(s2, "上百万"), Surroundings(near=near, tag=pos_tags)) == ""


def test_the_people_counted_before_their_deed_are_asked_that_deed():
    # jxnews_xinfeng_20231004 (pages73): "多少名观众到场" (到场 a d to jieba) is not answered by the players' count
    q = analyze(fold("西牛镇“云杰杯”村BA篮球联赛决赛有多少名观众到场？"))
    s = fold("从9月23日开赛至今,西牛镇“云杰杯”村BA篮球联赛共有来自该镇各机关单位、卫生院、中小学校、各村(社区)"
             "11支球队160余名干部群众参赛。")
    near = fold("场下的观众为他们呐喊助威。")
    assert other_deed(q, candidate_in(s, "160余名"), Surroundings(near=near, tag=pos_tags)) == "decline:measure"
    s2 = fold("决赛当天,共有800余名观众到场观赛。")
    assert other_deed(q, candidate_in(s2, "800余名"), Surroundings(near=near, tag=pos_tags)) == ""
