"""An officer of an association asked (X会长是谁) must come from a text that prints the association's name."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.body_unprinted import body_unprinted
from qa.answer.question import analyze
from qa.normalize import fold

# pages/dzbao_20110902.txt: the guests of 澳門南海同鄉會's installation, officers of a dozen other bodies
_GUESTS = ("中聯辦協調部副部長高其興、協調部副處長陳耀華、佛山市委常委及南海區委書記及人大主任鄧偉根、"
           "佛山市僑聯主席林振輝、佛山市外事僑務局副局長覃瑩、南海區政協主席葉桂容、南海區委常委、常務副區長鄭燦儒、全國人大代表、"
           "澳門街坊會聯合總會副會長劉藝良、全國人大代表、澳門街坊會聯合總會理事長姚鴻明。")


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "person")
    around = Surroundings(near="", article=sentence)
    return body_unprinted(analyze(fold(question)), c, around)


@pytest.mark.parametrize(("question", "answer"), [
    # the absent-paper protocol, fltqx's page removed: another association's officer given
    ("瑞典华人工商联合总会会长是谁？", "劉藝良"),
    ("澳門婦女會聯合總會的會長是誰？", "劉藝良"),
])
def test_another_bodys_officer_declines(question, answer):
    assert _why(question, _GUESTS, answer) == "decline:post"


@pytest.mark.parametrize(("question", "answer"), [
    ("澳門街坊會聯合總會副會長是誰？", "劉藝良"),  # the body asked is printed with its officer
    ("南海區政協主席是誰？", "葉桂容"),  # no association asked: a government body is left to the other rules
])
def test_the_bodys_own_officer_is_kept(question, answer):
    assert _why(question, _GUESTS, answer) == ""


def test_a_question_opening_with_who_and_a_verb_names_the_body_after_them():
    # pages74 (鹭风报): "谁当选菲华商联总会执行副理事长" asks 菲华商联总会's officer, not a body "谁当选菲华商联总会"
    sentence = "下午3时,新届董事会选出商总领导要职,施东方为新任理事长,林荣辉为执行副理事长。"
    article = sentence + "菲华商联总会第三十三次全菲代表大会举行选举。"
    assert _why("谁当选菲华商联总会执行副理事长？", article, "林荣辉") == ""
    assert _why("谁当选瑞典华人工商联合总会执行副理事长？", sentence, "林荣辉") == "decline:post"
