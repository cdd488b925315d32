"""A where-answer whose chain of places ends in one the question names is no answer (echoed_place.place_echoed)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.echoed_place import place_echoed
from qa.answer.question import analyze
from qa.normalize import fold

# pages56 (新华社): the mayor's city, not the city he will visit
_MAYOR = "据新华社电(记者 成欣) 美国加利福尼亚州旧金山市市长布里德宣布将于近日访问中国。"


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    return place_echoed(analyze(fold(question)), candidate_in(sentence, fold(answer), "place"))


def test_the_questions_own_place_declines():
    assert _why("旧金山市市长布里德将访问中国哪个城市？", _MAYOR, "美国加利福尼亚州旧金山市") == "decline:echo"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("布里德是哪个城市的市长？", _MAYOR, "美国加利福尼亚州旧金山市"),  # the place not in the question
    ("北京市的哪个区房价最高？", "北京市海淀区的房价最高。", "北京市海淀区"),  # the chain goes on past it
    # seed: the place asked where it is
    ("东白马湖社区在哪里？", "杭州市萧山区城厢街道东白马湖社区位于…", "杭州市萧山区城厢街道东白马湖社区"),
])
def test_another_place_is_kept(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
