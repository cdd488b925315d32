"""A figure, a day or a name asked of one country, told of another (other_country.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.other_country import other_country
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, kind: str, near: str = "") -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    return other_country(analyze(fold(question)), c, Surroundings(article=sentence, near=fold(near), tag=pos_tags))


@pytest.mark.parametrize(("question", "sentence", "answer", "kind"), [
    # France asked, Russia's revolution told
    ("法國在哪一年爆發了二月革命?", "俄國在1917年發生了二月革命和十月革命。", "1917年", "time"),
    # Korea's suicides asked, Austria's told
    ("韓國每天平均有多少人自殺?", "奧地利每天平均有9人自殺。", "9人", "number"),
])
def test_another_country_declines(question, sentence, answer, kind):
    assert _why(question, sentence, answer, kind) == "decline:place"


@pytest.mark.parametrize(("question", "sentence", "answer", "kind", "near"), [
    # the country asked is printed in the sentence
    ("法國在哪一年爆發了二月革命?", "1848年，法國爆發二月革命，俄國震動。", "1848年", "time", ""),
    # or just before it
    ("法國在哪一年爆發了二月革命?", "1848年爆發二月革命，俄國震動。", "1848年", "time", "法國史"),
    # the other country is the answer itself
    ("英國的盟友是哪一個國家?", "其盟友為美國。", "美國", "place", ""),
    # the other country in another clause: where the story starts, the country asked told by its city
    ("Lucy和老公是哪个月飞回中国的？", "处理好在新西兰的事情后,今年5月,他们飞回了吉林长春。", "今年5月", "time", ""),
    # no other country in the sentence
    ("法國在哪一年爆發了二月革命?", "1848年爆發了二月革命。", "1848年", "time", ""),
    # a word built like a country that names none
    ("法國在哪一年成為共和國?", "1870年各國承認了第三共和。", "1870年", "time", ""),
])
def test_the_country_asked_or_no_rival_stays(question, sentence, answer, kind, near):
    assert _why(question, sentence, answer, kind, near) == ""
