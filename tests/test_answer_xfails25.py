"""Rules found on the xfail cases of pages34-36: names in Latin letters after a person noun, after 的 before the
deed, after a post and a space; a bare number's unit when the question ends on the noun it counts."""

from __future__ import annotations

import jieba.posseg as pseg

from qa.answer.names import latin_names, persons
from qa.normalize import fold


def _persons(text: str) -> list[str]:
    f = fold(text)
    pos = [(w.word, w.flag) for w in pseg.cut(f)]
    return [f[sp.start:sp.end] for sp in persons(f, pos)]


def test_a_latin_name_after_a_noun_ending_in_shi_or_after_de_before_a_verb_is_a_person():
    assert "george he" in _persons("因迷路而不幸去世的华裔护士George He的葬礼在殡仪馆举行")
    assert "allison dobbie" in _persons("仪式由图书馆的Allison Dobbie负责司仪")
    # after 的 but before no verb: a product, a title
    assert not any("star wars" in p for p in _persons("他最喜欢的Star Wars电影"))


def test_a_latin_name_after_a_post_and_a_space_is_a_person():
    f = fold("分会主席 Kai Luey致简短欢迎词")
    assert [f[sp.start:sp.end] for sp in latin_names(f)] == ["kai luey"]
    f = fold("他们来到 Star Wars展览")
    assert latin_names(f) == []


def test_the_words_after_the_locative_verb_asked_tell_where_the_thing_asked_lies():
    from qa.answer.at_place import located_places
    from qa.answer.question import analyze

    info = analyze("西海韩中暂定措施水域位于哪里？")
    f = fold("西海韩中暂定措施水域(PMZ)位于西海中部,是韩中两国专属经济海域部分重叠的水域。")
    assert [f[sp.start:sp.end] for sp in located_places(f, info)] == ["西海中部"]
    # another thing lies there: the sentence does not say where the thing asked lies
    f = fold("它们分别是:位于布伦瑞克的邦立博物馆")
    assert located_places(f, analyze("邦立博物馆位于哪里？")) == []
    # a place a typed span starts there is read by the typed candidates already
    f = fold("天生三桥位于重庆武隆县仙女山镇,是风景名胜区")
    assert located_places(f, analyze("天生三桥位于哪里？"), {f.index("重庆")}) == []


def test_what_sort_of_city_is_answered_by_a_city_described_which_city_is_not():
    from qa.answer.kinds import _described
    from qa.answer.question import analyze

    assert _described(analyze("政协委员要为建设什么城市共谋大计？"), "现代化区域中心城市")
    assert not _described(analyze("政协委员要为建设什么城市共谋大计？"), "大城市")  # a word for cities
    assert not _described(analyze("他去了哪个城市？"), "现代化区域中心城市")  # which one: a name


def test_a_quotation_the_kind_asked_before_a_copula_follows_names_it():
    from qa.answer.question import analyze
    from qa.answer.quoted_kind import kind_after

    info = analyze("上虞的发展战略是什么？")
    f = fold("积极推进“工业立市、开放兴市、合力建市”发展战略,在“融入长三角、接轨大上海”方面迈出了步伐")
    assert kind_after(f, f.index("”发展"), info)
    assert not kind_after(f, f.index("”方面"), info)
