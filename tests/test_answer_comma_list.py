"""The item left of a list printed as one-word clauses set off by commas (comma_list.py): a real DRCD sentence."""

from __future__ import annotations

from qa.answer.comma_list import comma_rest
from qa.answer.short import rest_items
from qa.normalize import fold

_SENTENCE = fold("地球科學普遍認同有4個領域,岩石圈,水圈,大氣,生物圈,對應於岩石,水,空氣和生命。")


def test_the_one_item_the_question_leaves_out():
    q = fold("地球科學中認定四種領域,除了水圈,生物圈,大氣,還有哪一領域?")
    assert [_SENTENCE[s.start:s.end] for s in comma_rest(_SENTENCE, q)] == [fold("岩石圈")]
    assert [_SENTENCE[s.start:s.end] for s in rest_items(_SENTENCE, [], q)] == [fold("岩石圈")]


def test_no_answer_when_two_items_are_left_or_none_is_named():
    assert comma_rest(_SENTENCE, fold("除了水圈,還有哪些領域?")) == []
    assert comma_rest(_SENTENCE, fold("地球科學有哪幾個領域?")) == []
