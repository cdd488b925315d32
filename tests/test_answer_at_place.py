"""The place after 在 right before the words a where-question prints next to its question word (at_place.py):
"在哪里的一间教堂" ↔ "在哥打白沙罗一间教堂", "在哪两地的边界" ↔ "在甲市和乙市的边界", "搁浅在哪里" ↔ "在某礁搁浅的…"."""

from __future__ import annotations

import pytest

from qa.answer.at_place import asked_next, at_places
from qa.answer.question import analyze
from qa.normalize import fold


@pytest.mark.parametrize(("question", "words"), [
    ("部长在哪里的一间教堂出席论坛？", "一间教堂"),
    ("市长在哪两地的边界遭到伏击？", "边界遭到"),  # its first 4 characters
    ("那艘登陆舰搁浅在哪里？", "搁浅"),
    ("怡良最初在哪里任职？", "任职"),  # 在 before the question word: the verb the place is printed before
    ("展销会在哪里举办？", "举办"),
    ("怡良最初去哪里任职？", ""),  # no 在 before it: a verb after the question word is the typed spans' to answer
    ("那艘登陆舰哪天搁浅？", ""),  # not a where-question
])
def test_the_words_next_to_the_place_asked(question, words):
    assert asked_next(analyze(question)) == words


@pytest.mark.parametrize(("text", "words", "places"), [
    ("部长9月14日在八打灵再也一间教堂出席论坛。", "一间教堂", ["八打灵再也"]),
    ("市长在帕赛和马尼拉的边界遭到伏击。", "边界遭受", ["帕赛和马尼拉"]),  # a shorter prefix found
    ("各方就在黄岩礁搁浅的那艘船达成协议。", "搁浅", ["黄岩礁"]),
    ("船只现在搁浅了。", "搁浅", []),  # 现在 is no preposition
    ("部长在会上说,一间教堂已关闭。", "一间教堂", []),  # a clause mark between: not one phrase
    ("整版报道了在海拉尔举办的第十四届展销会盛况。", "举办", ["海拉尔"]),  # a relative clause: 在X举办的…
    ("开学典礼在这里隆重举行。", "举行", []),  # a word pointing back, not a place
    ("这是王沪宁在廿大后首批公开会见的台湾访客。", "会见", []),  # a time, not a place
    ("他在还未出任主席前就会见夏立言。", "会见", []),
])
def test_the_place_after_zai_before_those_words(text, words, places):
    f = fold(text)
    assert [f[s.start:s.end] for s in at_places(f, words, "")] == places


@pytest.fixture(scope="module")
def tagger():
    from qa.config import load_config
    from qa.postag import PosTagger
    from qa.tokenize import Tokenizer
    tok = Tokenizer(load_config(None))
    return PosTagger(tok.pos_tokenizer(), tok.hmm)


@pytest.mark.parametrize(("text", "words", "question", "places"), [
    # the deed's verb or partner printed between the place and the question's next words is no place
    ("民国时期,滇军在云南形成割据局面。", "割据局面", "哪一个地方的割据局面?", ["云南"]),
    ("协约国在镜厅与德国签订了和约。", "签订", "协约国与德国在何处签订和约?", ["镜厅"]),
    ("学院正式在位于波士顿的校园内开班。", "的校园", "学院在哪里的校园开班?", ["波士顿"]),  # a relative verb
    # a place's own words stay: a localizer, a site, two places joined
    ("他的王权在法国东部有了基础。", "有了", "他的王权在何处有了基础?", ["法国东部"]),
    ("步兵团一直在希洛分基地驻防。", "驻防", "步兵团在哪里驻防?", ["希洛分基地"]),
    ("台电预计在桃园观音兴建变电所。", "兴建", "台电预计在哪里兴建变电所?", ["桃园观音"]),
    ("下一次在日本的地方城市会面。", "会面", "下一次在哪里会面?", ["日本的地方城市"]),
    # the question's 会议 inside the venue's name, after no joining word, is the venue's
    ("会议在荆州凯乐会议中心开幕。", "开幕", "第五次会议在哪里开幕?", ["荆州凯乐会议中心"]),
    ("市长在帕赛和马尼拉的边界遭到伏击。", "边界遭到", "市长在哪两地的边界遭到伏击?", ["帕赛和马尼拉"]),
    ("电影节则在9月举行。", "举行", "电影节在哪边举行?", ["9月"]),  # no place: read as before, declined later
])
def test_only_the_place_of_the_words_after_zai(tagger, text, words, question, places):
    f = fold(text)
    assert [f[s.start:s.end] for s in at_places(f, words, fold(question), tagger.tag(f))] == places
