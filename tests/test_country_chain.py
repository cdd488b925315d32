"""A where-question ending in its question word answered by a bare country the clause goes on to narrow down
(country_chain.py): the whole place, not the country alone."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.country_chain import country_chain
from qa.answer.question import analyze
from qa.types import Candidate


def _best(text: str, span: str) -> Candidate:
    start = text.index(span)
    return Candidate(text=span, sentence=sentence_of(text), start=start, end=start + len(span), type="place",
                     score=10.0, rule="type:place")


def test_a_country_the_clause_narrows_down_is_widened_to_the_whole_place():
    got = country_chain(_best("富国银行广场,位于美国明尼亚波利斯。", "美国"), analyze("富国银行广场位于哪里？"))
    assert got is not None and got.text == "美国明尼亚波利斯"
    got = country_chain(_best("乍都节公园位于泰国的首都曼谷的乍都节县,是一处公众游园地", "泰国"),
                        analyze("乍都节公园位于什么地方？"))
    assert got is not None and got.text == "泰国的首都曼谷的乍都节县"


def test_a_country_asked_a_verb_after_the_question_word_or_a_figure_after_the_country_keeps_it():
    assert country_chain(_best("广场位于美国明尼亚波利斯。", "美国"), analyze("广场位于哪一个国家？")) is None
    assert country_chain(_best("会议在美国纽约举行。", "美国"), analyze("会议在哪里举行？")) is None
    assert country_chain(_best("他出生于美国1990年。", "美国"), analyze("他出生于哪里？")) is None
