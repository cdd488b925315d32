"""A which-question's head answer that is the category a copula files the sentence's subject under (方言, 氏族)
names no member of it (category_word.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.category_word import category_word
from qa.answer.question import analyze
from qa.normalize import fold

# real sentences of DRCD's test set (folded)
_SANSKRIT = "学者经常把吠陀梵语和古典或「波你尼」梵语区分为不同的方言。"
_GOGURYEO = "夫余四出道中有马加部,是个以马为图腾的氏族,高句丽可能是马加人的后裔。"
_SONG = ("不过在465年之前,因为刘宋强盛的水军能够在渤海沿岸执行任务,相对于远离海岸且毫无水军的北魏势力,高句丽在"
         "465年前一直选择刘宋作交往、朝贡的对象。")
_CAMPUS = "至1970年10月,基本完成到合肥的搬迁,在原合肥师范学院位置办学,也就是今天的东校区。"


def _why(question: str, sentence: str, answer: str, rule: str = "head") -> str:
    return category_word(analyze(fold(question)), candidate_in(sentence, answer, "term", rule=rule))


def test_the_predicates_category_is_declined():
    assert _why("波你尼梵语与哪一门语言非常相似?", _SANSKRIT, "方言") == "decline:category"
    assert _why("高句丽的祖先有可能是什么民族的?", _GOGURYEO, "氏族") == "decline:category"


def test_a_copula_inside_another_word_and_other_rules_are_left_alone():
    # 因为 and 就是 open no predicate: the noun after them is the member asked
    assert _why("465年以前刘宋的哪一个军种强度远远超过北魏?", _SONG, "水军") == ""
    assert _why("中国科大内哪一个校区又称之为老校区?", _CAMPUS, "东校区") == ""
    # only the head rule's choice: a slot's answer is read by its own anchors
    assert _why("波你尼梵语与哪一门语言非常相似?", _SANSKRIT, "方言", "slot") == ""
