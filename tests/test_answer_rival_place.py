"""other_name: a rival place that shares a character with the place asked but is no form of it ("宁波" for 会宁)
still tells the answer is about somewhere else."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings, other_name
from qa.answer.question import analyze
from qa.normalize import fold


def _freq(word: str) -> int:
    return 500  # common places: other_name's rarity branch does not decide


def _why(question: str, sentence: str, answer: str, article: str) -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "number")
    around = Surroundings(article=fold(article) + " " + sentence, tag=pos_tags, freq=_freq)
    return other_name(analyze(fold(question)), c, around)


def test_a_rival_sharing_a_character_declines():
    assert _why("会宁电视台微信公众号的粉丝有多少？", "宁波晚报微信公众号粉丝达200万。", "200万",
                "甬派客户端用户破708万") == "decline:place"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the place asked in its full form
    ("会宁的粉丝有多少？", "会宁县融媒体中心粉丝达200万。", "200万"),
    # the place asked by its short form
    ("海淀区的人口有多少？", "海淀常住人口达300万。", "300万"),
])
def test_a_form_of_the_place_asked_stays(question, sentence, answer):
    assert _why(question, sentence, answer, "") == ""

