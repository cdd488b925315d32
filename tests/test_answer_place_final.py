"""A place's name ending with a post modifier (固原's 原) is no tenure (place_final.py): pages64's 固原新闻网 page,
where `自治区党委常委、市委书记马汉成` holds 固原市委书记."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.people import holds
from qa.answer.place_final import closes_place_name
from qa.config import load_config


def test_a_place_s_last_character_is_no_modifier():
    assert closes_place_name("固原", "市委书记")
    assert closes_place_name("宁夏固原", "市长")
    assert not closes_place_name("市委原", "书记")  # 市委原书记: a former holder
    assert not closes_place_name("广州市原", "市长")
    assert not closes_place_name("固原", "书记")  # the post carries no place's level


def test_the_place_s_post_is_held():
    assert holds("市委书记", "固原市委书记") is True
    assert holds("市委书记", "太原市委书记") is True
    assert holds("市委书记", "原市委书记") is False  # still a near miss


def test_the_city_s_party_secretary_answers(tmp_path):
    page = ("\n凝聚各方智慧 共绘发展蓝图 市委召开多场座谈会就市第五次党代会报告征求意见\n\n"
            "中国共产党固原市第五次代表大会召开前,11月10至11日,市委召开多场座谈会,征求老干部、“两代表一委员”等各界"
            "代表对市第五次党代会报告意见建议,凝聚各方智慧,共绘发展蓝图。自治区党委常委、市委书记马汉成,市委副书记、"
            "市长冼国义,市领导李志达、余剑雄、周文贵分别主持会议。\n")
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("固原市委书记是谁？").text == "马汉成"


def test_the_posts_but_the_one_set_aside(tmp_path):
    # "马汉成除了固原市委书记还担任什么职务": his other post (people.posts_but), 固原's own 市委书记 set aside
    page = ("\n凝聚各方智慧 共绘发展蓝图\n\n中国共产党固原市第五次代表大会召开前,市委召开多场座谈会。"
            "自治区党委常委、市委书记马汉成,市委副书记、市长冼国义,市领导李志达、余剑雄、周文贵分别主持会议。\n")
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("马汉成除了固原市委书记还担任什么职务？").text == "自治区党委常委"
    assert engine.ask("马汉成担任什么职务？").text == "自治区党委常委、市委书记"
