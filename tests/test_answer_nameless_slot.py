"""A who-question's slot holding no word that may name someone is no answer (nameless_slot.py). The sentences are
DRCD's (6041, 5000, 5676, 2529), folded; the kept ones DRCD's and CMRC's right slot answers."""

from __future__ import annotations

import pytest
from candidates import pos_tags

from qa.answer.nameless_slot import nameless_for_person


@pytest.mark.parametrize(("sentence", "slot"), [
    ("因此,青海地方结束了前清数百年来政令不一的局面,同时为马氏家族统治青海奠定了牢固的基础。", "同时"),
    ("释迦牟尼住世时,经常自称「如来」,也是来自这个字根。", "经常"),
    ("这一思想指导着他的研究工作,同时也是他创办学校的指导方针。", "这一"),
    ("不过,有些历史学家对于好战的加勒比人把和善的阿拉瓦克人赶离加勒比海的说法不表赞同,他们认为这说法是欧洲人"
     "一直简化了的版本。", "不表赞同,他们"),
])
def test_a_slot_naming_no_one_is_no_answer(sentence, slot):
    start = sentence.index(slot)
    assert nameless_for_person(pos_tags(sentence), start, start + len(slot), ("person",))
    assert nameless_for_person(pos_tags(sentence), start, start + len(slot), ("person", "org"))


@pytest.mark.parametrize(("sentence", "slot", "expects"), [
    ("市农牧局党组书记、局长孙立新表示,下一步…", "孙立新", ("person",)),  # 孙/zg|立新/d: a name cut by jieba
    ("贝聿铭设计了这座博物馆。", "贝聿铭", ("person",)),  # a name
    ("隋代的信阳人为纪念他,曾建有申塔、申碑。", "他", ("person",)),  # a pronoun alone: its antecedent is read
    ("释迦牟尼住世时,经常自称「如来」。", "经常", ("time",)),  # no person asked
    ("释迦牟尼住世时,经常自称「如来」。", "经常", ("person", "time")),
])
def test_a_slot_that_may_name_someone_is_kept(sentence, slot, expects):
    start = sentence.index(slot)
    assert not nameless_for_person(pos_tags(sentence), start, start + len(slot), expects)
