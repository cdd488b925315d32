"""A transliterated name whose last character jieba reads apart (name_edges.py): as a verb before punctuation
("卡内|达/v|,") or glued to the copula or conjunction after it ("斯卢茨|基是/n|中超…")."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger

from qa.answer.name_edges import name_edges


def test_the_last_character_read_as_a_verb_before_punctuation():
    text = "今年浙江队请到了西班牙教练卡内达,加上挪威名帅安德森"
    pos = dict_tagger({"今年": "t", "浙江队": "nt", "请到": "v", "了": "ul", "西班牙": "ns", "教练": "vn",
                       "卡内": "nrt", "达": "v", ",": "x", "加上": "v", "挪威": "ns", "名帅": "n", "安德森": "nr"})
    assert name_edges(candidate_in(text, "卡内", "person"), pos).text == "卡内达"


def test_the_last_character_glued_to_the_copula():
    text = "上海申花去年聘请的斯卢茨基是中超重新聘请大牌洋帅的开始"
    pos = dict_tagger({"上海申花": "nz", "去年": "t", "聘请": "v", "的": "uj", "斯卢茨": "nrt", "基是": "n",
                       "中": "f", "超": "v", "重新": "a", "大牌": "n", "洋帅": "n", "开始": "v"})
    assert name_edges(candidate_in(text, "斯卢茨", "person"), pos).text == "斯卢茨基"


def test_a_chinese_name_before_a_verb_keeps_its_end():
    text = "教练王达,今天说"
    pos = dict_tagger({"教练": "n", "王": "nr", "达": "v", ",": "x", "今天": "t", "说": "v"})
    # 王 is no transliteration and jieba tagged it nr, not nrt: nothing is taken in
    assert name_edges(candidate_in(text, "王", "person"), pos).text == "王"
