"""A which-question's slot running over a clause break ends in the clause its right anchor closes
(slot_clause.py). The slots are those the composer aligned on these DRCD sentences (folded)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.question import analyze
from qa.answer.slot_clause import right_clause
from qa.answer.slots import Slot


def _slot(sentence: str, text: str, left: int, right: int) -> Slot:
    start = sentence.index(text)
    return Slot(start, start + len(text), left, right, left_end=start, right_start=start + len(text),
                left_found=left, right_found=right, left_len=left, right_len=right)


def _cut(question: str, sentence: str, slot: Slot) -> str:
    got = right_clause(sentence, slot, analyze(question), pos_tags(sentence))
    return sentence[got.start:got.end]


def test_the_clause_the_right_anchor_closes():
    s = "九龙湾原指香港九龙半岛东面的海湾,泛指红磡至观塘之间一带海域,属维多利亚港的一部份。"
    slot = _slot(s, "原指香港九龙半岛东面的海湾,泛指红磡至观塘之间一带海域,属维多利亚", 3, 4)
    assert _cut("九龙湾属于哪一个港的一部分?", s, slot) == "属维多利亚"


def test_a_term_after_its_glosses():
    s = "如或真如,又译为如实、如如、本无,佛教术语,一般被解释为法的本性。"
    assert _cut("真如是哪一宗教的术语?", s, _slot(s, "又译为如实、如如、本无,佛教", 2, 2)) == "佛教"


def test_a_clause_going_on_after_a_conjunction_keeps_the_slot():
    # the left anchor holds the slot as firmly: "并且…" goes on with the statement whose subject is 金合欢
    s = "所有植物中以金合欢最多,并且也有一些稀有或濒危的植物物种,如猫尾树等。"
    text = "金合欢最多,并且也有一些稀有或濒危"
    assert _cut("阿卡盖拉国家公园的植物中以哪一种种类的植物最多?", s, _slot(s, text, 4, 3)) == text


def test_the_noun_asked_before_the_break_keeps_the_slot():
    # "年度庆典「11月祭」": the 庆典 asked names the first clause's thing
    s = "早年每逢京大年度庆典「11月祭」,设立于原第三高等学校内的折田先生像都会遭到恶搞涂鸦。"
    text = "京大年度庆典「11月祭」,设立于原第三高等学校内的折田先生"
    assert _cut("京大每逢哪一个庆典时折田先生像都会遭到恶搞涂鸦?", s, _slot(s, text, 2, 9)) == text


def test_only_a_which_question_and_a_named_clause():
    s = "九龙湾原指香港九龙半岛东面的海湾,泛指红磡至观塘之间一带海域,属维多利亚港的一部份。"
    slot = _slot(s, "原指香港九龙半岛东面的海湾,泛指红磡至观塘之间一带海域,属维多利亚", 3, 4)
    assert _cut("九龙湾属于什么港的一部分?", s, slot) == s[slot.start:slot.end]  # no 哪
    s2 = "他们去过许多地方,并且。"
    assert _cut("他们去过哪一个城市?", s2, _slot(s2, "许多地方,并且", 2, 2)) == "许多地方,并且"  # an idle clause


def test_a_last_clause_of_the_question_s_own_words_keeps_the_slot():
    # the right anchor matched only 遗产名录: "被成功列入世界" before it is the question's 被列入世界 again
    s = "我国申报的“普洱景迈山古茶林文化景观”,被成功列入世界遗产名录。"
    text = "“普洱景迈山古茶林文化景观”,被成功列入世界"
    assert _cut("我国申报的哪项遗产被列入世界遗产名录？", s, _slot(s, text, 5, 4)) == text


def test_a_list_question_keeps_the_slot():
    s = "援粤物资运往深圳,东莞,援助这些城市抗击疫情。"
    text = "深圳,东莞,援助这些城市"
    assert _cut("援粤物资运往哪些城市抗击疫情？", s, _slot(s, text, 4, 4)) == text


def test_several_asked_keep_the_slot():
    s = "港铁观塘线九龙湾站至彩虹站,黄大仙站之间列车服务暂停。"
    text = "九龙湾站至彩虹站,黄大仙站"
    assert _cut("港铁哪两个站之间的列车服务暂停？", s, _slot(s, text, 2, 4)) == text
