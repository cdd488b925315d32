"""For the item a question leaves out of the list it names, the candidate the sentence joins to an item of that list
answers first (joined_rest.py). The sentences are DRCD's (folded)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.joined_rest import joined_rest_first
from qa.answer.question import analyze
from qa.types import Candidate

_WARS = ("他的母系祖先参加过美国独立战争、祖父和外祖父都参加过南北战争、父亲参加过美西战争及第一次世界大战,"
         "并成为年幼的吉米·史都华心目中的模范。")
_ROADS = "此外还有320国道、324国道、沪昆高速公路、广昆高速、京昆高速以及多条高速公路和省道构成。"


def _c(text: str, name: str, score: float) -> Candidate:
    return candidate_in(text, name, "term", score=score, sid=f"a#0:0:{len(text)}")


def test_the_item_joined_to_the_question_s_item_answers():
    # DRCD 4941-9-1: 美西战争 is joined by 及 to 第一次世界大战 (and repeats less of the question than the rest item
    # "父亲参加过美西战争")
    kept = [_c(_WARS, "美国独立战争", 12.2), _c(_WARS, "外祖父都参加过南北战争", 10.5),
            _c(_WARS, "父亲参加过美西战争", 10.5), _c(_WARS, "美西战争", 10.0)]
    got = joined_rest_first(kept, analyze("詹姆斯·史都华的父亲参加过第一次世界大战和哪一个战争?"))
    assert got[0].text == "美西战争"


def test_an_item_between_two_of_the_question_s_items_answers():
    # DRCD 2534-8-1: 沪昆高速公路 stands between 324国道 and 广昆高速; 省道 is joined to 多条高速公路, not listed,
    # which follows only one of them (京昆高速以及)
    kept = [_c(_ROADS, "省道", 9.0), _c(_ROADS, "多条高速公路", 8.8), _c(_ROADS, "沪昆高速公路", 8.5)]
    got = joined_rest_first(kept, analyze("昆明的主要公路包括320国道、324国道、广昆高速、京昆高速和哪一条道路?"))
    assert got[0].text == "沪昆高速公路"


@pytest.mark.parametrize(("question", "kept"), [
    # the best one is joined to the question's item already
    ("詹姆斯·史都华的父亲参加过第一次世界大战和哪一个战争?", [_c(_WARS, "美西战争", 10.0), _c(_WARS, "南北战争", 9.0)]),
    # no list asked
    ("詹姆斯·史都华的父亲参加过哪一个战争?", [_c(_WARS, "美国独立战争", 12.2), _c(_WARS, "美西战争", 10.0)]),
])
def test_the_order_stays(question, kept):
    assert joined_rest_first(kept, analyze(question)) == kept
