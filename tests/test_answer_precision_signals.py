"""Consistency declines for precision: a place of the wrong kind for a city or country asked (unfit_kind.py), a
bare year for an era asked (era_asked.py)."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger

from qa.answer.question import analyze
from qa.answer.unfit_kind import unfit_kind
from qa.types import Candidate


def _candidate(sentence: str, answer: str, sid: str = "a:0:0", kind: str = "place",
               features: tuple[tuple[str, float], ...] = ()) -> Candidate:
    return candidate_in(sentence, answer, kind, sid=sid, features=features)


def test_a_city_asked_is_not_answered_by_a_country_a_region_or_a_word_for_cities():
    info = analyze("图瓦共和国的首府是哪一个城市？")
    assert unfit_kind(info, _candidate("图瓦共和国是俄罗斯联邦的一个共和国", "俄罗斯联邦")) == "decline:kind"
    assert unfit_kind(info, _candidate("通化是东北亚的重要城市", "东北亚")) == "decline:kind"
    assert unfit_kind(info, _candidate("信阳是河南省的一个地级市", "地级市")) == "decline:kind"
    assert unfit_kind(info, _candidate("图瓦共和国的首府是克孜勒", "克孜勒")) == ""


def test_a_country_asked_is_not_answered_by_a_part_of_a_continent_but_by_a_country_ending_like_one():
    info = analyze("卢旺达于1916年被哪一个国家殖民？")
    assert unfit_kind(info, _candidate("卢旺达位于东非", "东非")) == "decline:kind"
    # 马来西亚 ends with 西亚 (a part of Asia) and is a country
    info = analyze("哪个国家的高教部向厦门大学递交了邀请？")
    assert unfit_kind(info, _candidate("马来西亚高教部向厦门大学递交了邀请", "马来西亚")) == ""


def test_a_river_asked_itself_is_not_answered_by_another_place_or_a_river_described():
    info = analyze("巴爾的摩位於哪一個河流的河口地區?")
    assert info.qtype == "what"
    sentence = "巴尔的摩位于马里兰州中部,帕塔普斯科河河口地区,紧邻切萨皮克湾,是优异的港口。"
    assert unfit_kind(info, _candidate(sentence, "马里兰州")) == "decline:kind"
    assert unfit_kind(info, _candidate(sentence, "帕塔普斯科河")) == ""
    info = analyze("韓國哪一河流比洛東江短11公里？")
    assert unfit_kind(info, _candidate("汉江长514公里,是韩国的第二大河", "第二大河")) == "decline:kind"
    assert unfit_kind(info, _candidate("汉江长514公里,是韩国的第二大河", "汉江")) == ""


def test_a_city_asked_itself_is_not_answered_by_a_country():
    info = analyze("城市轉型卓越獎中哪一座城市在2016年6月得到冠軍？")
    assert info.qtype == "what"
    sentence = "新北市自升格直辖市后,…于2016年6月由英国金融时报及国际金融公司举办的城市转型卓越奖中获得全球首奖。"
    assert unfit_kind(info, _candidate(sentence, "英国")) == "decline:kind"
    assert unfit_kind(info, _candidate(sentence, "新北市")) == ""


def test_no_kind_asked_no_decline():
    info = analyze("会议在哪里举行？")
    assert unfit_kind(info, _candidate("会议在东亚举行", "东亚")) == ""


def test_an_era_asked_is_not_answered_by_a_bare_year_nor_a_century_by_anything_else():
    from qa.answer.era_asked import era_for_year

    era = analyze("元朝早在哪一个时代便在西域设置驿站？")
    assert era_for_year(era, _candidate("1296年元朝在西域设置驿站", "1296年", kind="time")) == "decline:grain"
    assert era_for_year(era, _candidate("成吉思汗时代元朝在西域设置驿站", "成吉思汗时代", kind="time")) == ""
    decade = analyze("登山车在哪个年代开始流行？")
    assert era_for_year(decade, _candidate("一九七九年登山车开始流行", "一九七九年", kind="time")) == "decline:grain"
    assert era_for_year(decade, _candidate("八零年代登山车开始流行", "八零年代", kind="time")) == ""
    century = analyze("法国在哪一个世纪再度成为军事强权？")
    assert era_for_year(century, _candidate("60年代初法国再度成为强权", "60年代初", kind="time")) == "decline:grain"
    assert era_for_year(century, _candidate("19世纪法国再度成为强权", "19世纪", kind="time")) == ""
    # a year asked is TIME_GRAINS' matter, not this rule's
    year = analyze("法国在哪一年爆发了二月革命？")
    assert era_for_year(year, _candidate("1848年法国爆发了二月革命", "1848年", kind="time")) == ""


def test_who_someone_is_is_not_answered_by_an_organisation():
    from qa.answer.person_asked import org_for_person

    party = _candidate("第一位女性众议院议长佩洛西属于民主党", "民主党", kind="org")
    assert org_for_person(analyze("第一位女性众议院议长是谁？"), party) == "decline:type"
    assert org_for_person(analyze("《女性的屈从地位》是谁的作品？"), party) == "decline:type"
    # a doer asked (a cleft, or the verb after 谁) may be an organisation; so may the holder of an organisation's role
    ministry = _candidate("住房城乡建设部公布了第二批城市更新典型案例", "住房城乡建设部", kind="org")
    assert org_for_person(analyze("第二批城市更新典型案例是谁公布的？"), ministry) == ""
    assert org_for_person(analyze("第二批城市更新典型案例由谁公布？"), ministry) == ""
    assert org_for_person(analyze("这次活动的主办方是谁？"), ministry) == ""
    person = _candidate("第一位女性众议院议长是佩洛西", "佩洛西", kind="person")
    assert org_for_person(analyze("第一位女性众议院议长是谁？"), person) == ""


# a tagger that knows the test's few words (the composer's is jieba's)
_tag = dict_tagger({"而且": "c", "但": "c", "抛秧": "v", "也": "d", "只有": "c", "世袭": "b", "统治者": "n"})


def test_a_slot_opening_with_a_clause_joint_is_a_fragment():
    from qa.answer.agreement import Surroundings
    from qa.answer.fragment import clause_joint

    around = Surroundings(tag=_tag)
    info = analyze("哪一种比插秧快的方法只能用在水田？")
    cut = _candidate("抛秧比插秧快,而且抛秧也只能用在水田", "而且抛秧也", kind="slot")
    assert clause_joint(info, cut, around) == "decline:fragment"
    # after 但 the thing itself may follow
    who = analyze("谁拥有最高元首的选举权？")
    only = _candidate("但只有世袭统治者拥有最高元首的选举权", "但只有世袭统治者", kind="slot")
    assert clause_joint(who, only, around) == ""
    # a why-question's clause may open with one
    why = analyze("为什么抛秧只能用在水田？")
    assert clause_joint(why, cut, around) == ""
