"""The name pieces jieba cut off a chosen person or place (name_edges.py)."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger

from qa.answer.name_edges import name_edges


def test_a_bound_morpheme_after_the_name_ends_it():
    text = "朱允炆次子朱文圭亦被废为庶人"
    pos = dict_tagger({"朱允炆": "nr", "次子": "n", "朱文": "nr", "圭": "j", "亦": "d", "被": "p", "废为": "v"})
    assert name_edges(candidate_in(text, "朱文", "person"), pos).text == "朱文圭"


def test_a_transliteration_runs_on_over_its_next_piece():
    text = "东罗马帝国皇帝阿卡狄乌斯念手足之情支援他"
    pos = dict_tagger({"东": "ns", "罗马帝国": "ns", "皇帝": "n", "阿卡": "nrt", "狄": "zg", "乌斯": "ns", "念": "v"})
    assert name_edges(candidate_in(text, "阿卡狄", "person"), pos).text == "阿卡狄乌斯"


def test_a_one_character_piece_before_the_name():
    text = "1167年,莱昂国王斐迪南二世第一次从穆斯林手中夺回"
    pos = dict_tagger({"莱昂": "nrt", "国王": "n", "斐": "j", "迪南": "ns", "二世": "nrt", "第一次": "m"})
    assert name_edges(candidate_in(text, "迪南二世", "person"), pos).text == "斐迪南二世"


def test_a_noun_after_the_name_is_no_piece_of_it():
    text = "委任汤韦迪加作为球队的训练员"
    pos = dict_tagger({"委任": "n", "汤": "n", "韦迪": "nr", "加": "v", "作为": "v", "球队": "n"})
    # a transliteration's 加 before a verb
    assert name_edges(candidate_in(text, "韦迪", "person"), pos).text == "韦迪加"
    text = "刘表派黄祖驻守夏口"
    pos = dict_tagger({"刘表": "nr", "派": "v", "黄祖": "nr", "驻守": "v", "夏口": "ns"})
    assert name_edges(candidate_in(text, "黄祖", "person"), pos).text == "黄祖"
    assert name_edges(candidate_in(text, "刘表", "person"), pos).text == "刘表"


def test_the_word_telling_a_foreign_son_from_his_father_is_part_of_the_name():
    # 菲社网: "开幕礼邀请菲律滨共和国小马科斯总统为主宾" — 小马科斯 (the son), not his father 马科斯
    text = "开幕礼邀请菲律滨共和国小马科斯总统为主宾"
    pos = dict_tagger({"开幕礼": "n", "邀请": "v", "菲律滨": "ns", "共和国": "n", "小": "a", "马科斯": "nrt",
                       "总统": "n", "为": "p", "主宾": "n"})
    assert name_edges(candidate_in(text, "马科斯", "person"), pos).text == "小马科斯"
    # a Chinese name after 小 keeps its form: 小 there is no part of a foreign name
    text = "这位小王同学考上了大学"
    pos = dict_tagger({"这位": "r", "小": "a", "王": "nr", "同学": "n", "考上": "v", "了": "u", "大学": "n"})
    assert name_edges(candidate_in(text, "王", "person"), pos).text == "王"
