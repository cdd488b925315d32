"""The item a typed question leaves out of an enumeration it names (rest.py): sentences written for these tests."""

from __future__ import annotations

import pytest

from qa.answer.question import analyze
from qa.answer.rest import asks_rest, typed_rest
from qa.normalize import fold


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("这条航线经停广州、厦门以及哪里？", "这条航线经停广州、福州、厦门三地，每周往返四班。", "福州"),
    ("条约禁止德国和哪国合并？", "条约规定，德国与奥地利不得合并。", "奥地利"),
])
def test_the_item_of_the_asked_type_the_question_leaves_out(typed, question, sentence, answer):
    info = analyze(question)
    folded, spans = typed(sentence)
    assert asks_rest(info.text)
    got = [folded[s.start:s.end] for s in typed_rest(folded, spans, info.text, info.expects)]
    assert got == [fold(answer)]


def test_two_items_left_answer_nothing(typed):
    # the question names one of three: which of the other two it means, the list does not say
    info = analyze("这条航线经停广州以及哪里？")
    folded, spans = typed("这条航线经停广州、福州、厦门三地，每周往返四班。")
    assert typed_rest(folded, spans, info.text, info.expects) == []


def test_a_question_naming_no_items_asks_no_rest():
    assert not asks_rest(analyze("这条航线经停哪里？").text)
