""""X的花有什么特点" is not answered by the sentence that only says what X is (property_asked.py). The sentences are
CMRC 2018's (trial set: 软枝黄蝉, 夜来香)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.property_asked import asked_thing, defines_instead
from qa.answer.question import analyze

_SOFT = "软枝黄蝉(学名:'),别称黄莺、小黄蝉、重瓣黄蝉、泻黄蝉、软枝花蝉,为夹竹桃科黄蝉属植物。"
_FLOWER = "花为聚繖花序顶生,金黄色,花冠呈漏斗形五裂。"


def test_a_property_of_a_part_is_not_told_by_the_defining_sentence():
    info = analyze("软枝黄蝉的花有什么特点?")
    assert asked_thing(info) == "软枝黄蝉"
    assert defines_instead(candidate_in(_SOFT, "夹竹桃科黄蝉属植物", "term", "slot"), info)
    assert not defines_instead(candidate_in(_FLOWER, "金黄色", "term", "slot"), info)


def test_other_questions_are_left_alone():
    one = candidate_in(_SOFT, "黄莺", "term", "named")
    assert not defines_instead(one, analyze("软枝黄蝉的别名是什么?"))  # not a property asked
    assert asked_thing(analyze("胜利广场是什么形状的?")) == ""  # the thing's own shape: the defining sentence may say
