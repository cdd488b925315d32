"""Place gates of round 47 that declined right answers on news pages: 城区 read as a district's name
(area_noun.py), the city or province a district lies in read as a rival place (place_above.py), a province told
as 我省 by a paper printing no province (own_province.py), a count of countries read as a country (三国), the
country owning a post before a name the page prints without it (post_owner.py). Each: the right answer kept, and
the decline the gate was written for still made."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings, other_district, other_name
from qa.answer.area_noun import area_noun
from qa.answer.post_owner import titles_person
from qa.answer.question import analyze
from qa.answer.subject_unprinted import subject_unprinted
from qa.config import load_config
from qa.normalize import fold
from qa.tokenize import Tokenizer


def _case(question: str, sentence: str, answer: str, kind: str = "number", before: str = "", after: str = ""):
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    article = fold(before) + " " + sentence + " " + fold(after)
    return analyze(fold(question)), c, Surroundings(near="", article=article, tag=pos_tags)


# ---------------------------------------------------------------- area_noun.py

def test_a_town_s_built_up_area_is_no_district():
    # pages59: 琼海's government report, "落地城区3所公办园项目"
    info, c, _ = _case("琼海今年将在城区落地几所公办园项目？", "创建县域学前教育普及普惠县，落地城区3所公办园项目。",
                       "3所")
    assert other_district(info, c) == ""


def test_another_district_named_before_the_figure_still_declines():
    info, c, _ = _case("裕廊中单选区有多少个选民？", "新的裕廊东—武吉巴督集选区共有14万2510个选民。", "14万2510个")
    assert other_district(info, c) == "decline:place"


def test_area_nouns_and_district_names():
    assert area_noun("将在城区") and area_noun("落地市区") and area_noun("风景区")
    assert not area_noun("东城区") and not area_noun("宝山区") and not area_noun("海淀区")


# ---------------------------------------------------------------- place_above.py

_RACE = "闽南网7月4日讯 昨天中午的九龙公园,比平日热闹不少,原来这里正举行芗城区教子桥龙舟争霸赛。"


def test_the_city_a_district_lies_in_is_no_rival_after_the_district_was_named():
    # pages44: the district named in the lead, its city in the next paragraph's sentence with the figure
    info, c, around = _case("芗城区教子桥龙舟争霸赛有几支参赛队伍？",
                            "划着漳州本地传统龙船,每船12名划手,7支参赛队伍,在不同的赛道轮番比试。", "7支", before=_RACE)
    assert other_name(info, c, around) == ""


def test_the_city_s_figure_without_the_district_before_still_declines():
    # the district named only after the sentence: the figure is the city's
    info, c, around = _case("芗城区教子桥龙舟争霸赛有几支参赛队伍？",
                            "划着漳州本地传统龙船,每船12名划手,7支参赛队伍,在不同的赛道轮番比试。", "7支", after=_RACE)
    assert other_name(info, c, around) == "decline:place"


def test_a_district_of_the_same_level_still_declines():
    # 朝阳区 is no place 海淀区 lies in, though 海淀区 was named just before
    info, c, around = _case("海淀区二手房均价是多少？", "朝阳区二手房均价为每平方米6.2万元。", "6.2万元",
                            before="海淀区的成交量上月回升。")
    assert other_name(info, c, around) == "decline:place"


# ---------------------------------------------------------------- own_province.py

def test_my_province_in_a_paper_printing_no_province_is_the_one_asked():
    # pages59: 梅州日报, "梅州是我省唯一全域属原中央苏区的地级市"
    info, c, around = _case("朱伟说梅州是广东唯一全域属什么的地级市？",
                            "他表示,梅州是我省唯一全域属原中央苏区的地级市。",
                            "原中央苏区", "what", before="朱伟对我市推动老区苏区振兴发展取得的工作成效给予肯定。")
    assert other_name(info, c, around) == ""


def test_my_province_in_a_paper_naming_another_province_still_declines():
    info, c, around = _case("朱伟说梅州是广东唯一全域属什么的地级市？",
                            "他表示,梅州是我省唯一全域属原中央苏区的地级市。",
                            "原中央苏区", "what", before="朱伟在湖南考察。")
    assert other_name(info, c, around) == "decline:place"


# ---------------------------------------------------------------- a count of countries

def test_three_countries_is_no_country():
    # pages56: "老挝、越南、东帝汶三国外长" — 三国 counts the three, the article never prints it as a name
    info, c, around = _case("老挝、越南、东帝汶三国外长应谁的邀请访问中国？",
                            "应外交部长王毅邀请,老挝副总理兼外长沙伦赛、越南外长裴青山、东帝汶外长贲迪拓将分别访问中国。",
                            "王毅", "person")
    assert other_name(info, c, around) == ""


# ---------------------------------------------------------------- post_owner.py

_OBAMA = "前總統奧巴馬到訪北京,與中國國家主席習近平會面。"
_TOKENIZER = Tokenizer(load_config())


def _obama(article: str, sentence: str = "奧巴馬是在結束上海行程後轉抵北京,之後會到印度及法國訪問。"):
    sentence = fold(sentence)
    c = candidate_in(sentence, "上海", "place")
    around = Surroundings(near="", article=fold(article) + " " + sentence, tag=pos_tags,
                          freq=lambda w: int(_TOKENIZER.freq(w)))
    return analyze(fold("美國前總統奧巴馬是在結束哪個城市的行程後轉抵北京的？")), c, around


def test_the_owner_of_a_post_before_a_printed_name_is_no_unnamed_place():
    # pages56: KTSF prints 前總統奧巴馬 without 美國
    info, c, around = _obama(_OBAMA)
    assert other_name(info, c, around) == ""
    assert subject_unprinted(info, c, around) == ""


def test_a_country_whose_post_holder_is_not_printed_still_declines():
    info, c, around = _obama("前總統到訪北京,與中國國家主席習近平會面。",
                             "他是在結束上海行程後轉抵北京,之前到過峴港。")
    assert other_name(info, c, around).startswith("decline:")


def test_words_between_place_and_name_must_be_a_post():
    assert titles_person("美国前总统奥巴马是", 2, 5)
    assert not titles_person("美国人奥巴马是", 2, 4) and not titles_person("美国奥巴马", 2, 2)
