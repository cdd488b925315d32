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
    # India asked, a former Soviet republic's independence told
    ("印度在哪一年正式獨立?", "它曾經是蘇聯加盟共和國，於1991年4月9日正式獨立。", "1991年", "time"),
    # Korea's suicides asked, Austria's told
    ("韓國每天平均有多少人自殺?", "在奧地利自殺的人口組成中，男性數量為女性的兩倍。", "兩倍", "number"),
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
    # no other country in the sentence
    ("法國在哪一年爆發了二月革命?", "1848年爆發了二月革命。", "1848年", "time", ""),
    # a word built like a country that names none
    ("法國在哪一年成為共和國?", "1870年各國承認了第三共和。", "1870年", "time", ""),
])
def test_the_country_asked_or_no_rival_stays(question, sentence, answer, kind, near):
    assert _why(question, sentence, answer, kind, near) == ""
