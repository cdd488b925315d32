"""The kind of place a question asks (kinds.py): a city, a country, and the places that cannot be one."""

from __future__ import annotations

from dataclasses import replace

from candidates import sentence_of

from qa.answer.kinds import asked_kind, fits, of_kind, within_asked
from qa.answer.question import analyze
from qa.types import Candidate


def test_a_city_or_a_country_is_asked_by_its_word_or_a_kind_of_city():
    assert asked_kind(analyze("庫克群島的首都是哪一個城市?")) == "city"
    assert asked_kind(analyze("托木斯克州的首府为?")) == "city"
    assert asked_kind(analyze("德國的西邊是哪一個國家?")) == "country"
    assert asked_kind(analyze("会议在哪里召开?")) == ""


def test_a_continent_is_no_country_and_a_country_or_cities_in_general_no_city():
    assert not fits("country", "欧洲") and fits("country", "荷兰")
    assert not fits("city", "纽西兰") and not fits("city", "俄罗斯联邦") and not fits("city", "宜居城市")
    assert not fits("city", "吉林省") and fits("city", "阿瓦鲁阿") and fits("city", "广岛市")


def test_a_traditional_text_s_country_or_cities_in_general_are_no_city_either():
    # the lists are simplified: a place printed in traditional characters is read folded, as a country's is
    assert not fits("city", "地級市") and not fits("city", "紐西蘭") and not fits("city", "吉林省")
    assert fits("city", "信陽") and fits("city", "廣島市")


def _candidates(text: str, *spans: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=x, sentence=s, start=text.index(x), end=text.index(x) + len(x), type="place",
                      score=10.0 - i, rule="type:place") for i, x in enumerate(spans)]


def test_the_best_of_the_wrong_kind_gives_way_to_the_next_place_of_the_kind_asked():
    kept = _candidates("德国的西边与荷兰接壤,位于欧洲西部", "欧洲", "荷兰")
    got = of_kind(analyze("德國的西邊是哪一個國家?"), kept, lambda c: c)
    assert got[0].text == "荷兰"
    # a place question of no kind keeps its order
    assert of_kind(analyze("德國的西邊是哪里?"), kept, lambda c: c)[0].text == "欧洲"


def test_the_place_the_question_names_before_its_question_word_is_cut_from_the_answer():
    [best] = _candidates("马来语诞生于印尼的廖内省", "印尼的廖内省")
    got = within_asked(best, analyze("马来语的诞生地是印尼的哪一个地方?"))
    assert got is not None and got.text == "廖内省" and got.rule.endswith("+within")
    # an organisation's name opens with its city: "重庆|理工大学" stays whole
    [org] = _candidates("重庆理工大学是兵工系下属的四大校之一", "重庆理工大学")
    assert within_asked(replace(org, type="org"), analyze("重庆哪所大学为兵工系下属的四大校之一?")) is None


def test_one_list_says_a_country_or_a_city_is_asked():
    from qa.answer.kinds import CITY_ASKED, COUNTRY_ASKED
    from qa.normalize import fold
    asked = ["湯瑪斯·霍布斯是哪國人?", "德國的西邊是哪一個國家?", "他是什么国籍?", "哪一個國的成立象徵著新時代?"]
    assert all(COUNTRY_ASKED.search(fold(q)) for q in asked)
    others = ["盧安達境內哪一個國家公園為大猩猩的棲息地?", "中國大陸政府同意與哪一個國際組織進行對話?",
              "朝鮮使用了哪一個國號稱呼自己?", "哪一国王最早来访?"]
    assert not any(COUNTRY_ASKED.search(fold(q)) for q in others)
    assert all(CITY_ASKED.search(q) for q in ["首都是哪一个城市?", "哪座城最古老?", "他出生在什么城市?"])
