""""X的Y是什么": the phrase of the best sentence ending in the noun asked answers, not the whole sentence
(attribute_head.py). The sentences are CMRC 2018's (trial set: 四泉圣嘉禄堂, 瓦士)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.attribute_head import asks_attribute, attribute_head_first
from qa.answer.question import analyze

_CHURCH = "此外,这座教堂为巴罗克风格建筑的杰作,是奎利那雷山上巴贝里尼枢机主教建筑群的一部分。"
_OTHER = "教堂内部融合了意大利文艺复兴多种风格。"
_HEAD = (("src_head", 0.5),)


def _whole(text: str, sid: str = "a:0:0"):
    return candidate_in(text, text[:-1], "sentence", "sentence", 9.0, sid, (("src_definition", 0.5),))


def test_the_phrase_ending_in_the_noun_asked_answers():
    style = candidate_in(_CHURCH, "巴罗克风格", "term", "head", 8.75, features=_HEAD)
    got = attribute_head_first([_whole(_CHURCH), style], analyze("教堂的建筑风格是什么?"))
    assert got[0] is style


def test_only_a_phrase_of_the_same_sentence():
    other = candidate_in(_OTHER, "意大利文艺复兴多种风格", "term", "head", 5.6, "a:0:1", _HEAD)
    best = _whole(_CHURCH)
    assert attribute_head_first([best, other], analyze("教堂的建筑风格是什么?"))[0] is best


def test_only_an_attribute_asked_of_a_whole_sentence():
    style = candidate_in(_CHURCH, "巴罗克风格", "term", "head", 8.75, features=_HEAD)
    assert asks_attribute(analyze("目前瓦士本市最主要的经济产业是什么?"))
    assert not asks_attribute(analyze("什么是巴罗克风格?"))
    best = _whole(_CHURCH)
    assert attribute_head_first([best, style], analyze("什么是巴罗克风格?"))[0] is best
    shorter = candidate_in(_CHURCH, "这座教堂为巴罗克风格建筑的杰作", "slot", "slot", 9.0)
    assert attribute_head_first([shorter, style], analyze("教堂的建筑风格是什么?"))[0] is shorter
