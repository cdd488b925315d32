"""A city printed by its bare name that jieba tags otherwise (信阳/n, 通化市/j) is offered as a place when a city
is asked (bare_city.py); not a common word, nor one the question prints."""

import jieba.posseg as pseg

from qa.answer.bare_city import bare_cities


def _cities(text: str, question: str = "") -> list[str]:
    pos = [(w.word, w.flag) for w in pseg.cut(text)]
    return [text[s.start:s.end] for s in bare_cities(pos, question)]


def test_a_bare_city_name_tagged_as_a_noun():
    assert _cities("信阳是全国44个交通枢纽城市之一") == ["信阳"]


def test_a_city_with_its_suffix_tagged_as_an_abbreviation():
    assert _cities("通化市属东北亚经济圈腹地") == ["通化市"]


def test_no_common_word_and_none_the_question_prints():
    assert _cities("这座城市的经济发展很快") == []
    assert _cities("信阳是全国44个交通枢纽城市之一", "信阳是哪个省的城市") == []

