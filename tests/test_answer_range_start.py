"""A question asking where a period starts ("從哪一天開始") answered with its end day printed after 至 ("從2月13日(五)
13時起至2月23日") gets the start day (shape._range_start)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.shape import _range_start


def _answer(question: str, sentence: str, best: str) -> str:
    c = _range_start(candidate_in(sentence, best, "time"), analyze(question))
    return c.sentence.folded[c.start:c.end]


S = "从2月13日(五)13时起至2月23日(一) 7时,警广推出「春节特别节目」。"


def test_the_start_asked_is_the_day_before_zhi():
    assert _answer("警廣春節特別節目從哪一天開始？", S, "2月23日") == "2月13日"
    assert _answer("春節特別節目哪天起播出？", S, "2月23日") == "2月13日"


def test_the_end_or_any_day_asked_keeps_the_best():
    assert _answer("警廣春節特別節目到哪一天結束？", S, "2月23日") == "2月23日"
    assert _answer("特別節目從哪一天開始？", "特别节目2月23日播出。", "2月23日") == "2月23日"  # no period printed
