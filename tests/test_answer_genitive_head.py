"""The noun asked printed after 的: the noun phrase before it answers (genitive_head.py)."""

from __future__ import annotations

import jieba.posseg
from candidates import candidate_in

from qa.answer.genitive_head import before_genitive_head
from qa.answer.question import analyze

# DRCD 5758-2-2 and 2388-13-4, folded
_POLICY = "16世纪末和17世纪初,朝鲜由于遭到后金和日本的攻击而采取闭关锁国的政策。"
_STYLE = "博斯沃思的设计灵感来自二十世纪初的城市美化运动,并参照了万神庙的风格建造内含巴克工程学图书馆的大圆顶。"
# DRCD 6033-23-3: a right is described by what it lets one do
_RIGHT = "在生育自主权上,未婚女性不具有使用精子库的权利,已婚女性不能够根据精子供体身份和性状挑选精子。"


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def test_the_slot_is_cut_to_the_phrase_before_the_noun_asked():
    slot = candidate_in(_POLICY, "朝鲜由于遭到后金和日本的攻击而采取闭关锁国", "slot", "slot")
    got = before_genitive_head(slot, analyze("朝鲜曾于16世纪末和17世纪初遭遇外敌时采用哪一个政策?"), _pos)
    assert got is not None and got.text == "闭关锁国" and got.rule == "slot+genitive"
    # the 的 inside the slot, the noun asked by its last word (建筑风格 ↔ 风格)
    slot = candidate_in(_STYLE, "万神庙的风格建造内含巴克工程学图书馆的大圆顶", "slot", "slot")
    got = before_genitive_head(slot, analyze("博斯沃思设计灵感参照哪个建筑风格?"), _pos)
    assert got is not None and got.text == "万神庙"


def test_a_deed_noun_or_a_span_ending_with_the_noun_is_kept():
    slot = candidate_in(_RIGHT, "使用精子库的权利", "slot", "slot")
    assert before_genitive_head(slot, analyze("未婚女性在中国,不具有什么权利?"), _pos) is None
    head = candidate_in(_POLICY, "闭关锁国的政策", "term", "head")
    assert before_genitive_head(head, analyze("朝鲜采用哪一个政策?"), _pos) is None
    # a typed question is not cut
    slot = candidate_in(_POLICY, "朝鲜由于遭到后金和日本的攻击而采取闭关锁国", "slot", "slot")
    assert before_genitive_head(slot, analyze("哪个国家采取了闭关锁国的政策?"), _pos) is None


def test_a_list_before_the_noun_is_kept_whole():
    # pages58: "崔世安讚揚澳門新聞界長期堅持什麼立場?" asks both items, not the last one's object (市民)
    text = "行政长官在致辞时,并赞扬澳门新闻界长期坚持爱国爱澳、服务市民的立场,对维护社会稳定作出贡献。"
    slot = candidate_in(text, "爱国爱澳、服务市民", "slot", "slot")
    assert before_genitive_head(slot, analyze("崔世安赞扬澳门新闻界长期坚持什么立场?"), _pos) is None
