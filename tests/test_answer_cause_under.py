"""Why-questions answered by a phrase of influence, 受…影响 or 在…压力之下 (cause_under.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_under import cause_under
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    return Candidate(text=text, sentence=sentence_of(text), start=0, end=len(text), type="sentence", score=1.0,
                     rule="slot+sentence")


def test_the_phrase_of_influence_tells_the_cause():
    got = cause_under(_whole("虽然镰仓幕府两次成功抗击元朝的入侵,但受货币经济影响,无法恩赏抗元官兵"),
                      analyze("镰仓幕府为何无法犒赏抗元官兵?"))
    assert got is not None and got.text == "受货币经济影响" and got.rule.endswith("+cause")
    got = cause_under(_whole("1987年时在国际社会的压力之下,苏利南的军政府被迫重新启动民主投票的机制"),
                      analyze("苏利南为何会在1987年改为民主制度?"))
    assert got is not None and got.text == "在国际社会的压力之下"


def test_the_influence_asked_about_or_another_question_keeps_the_sentence():
    # the clause of influence is the effect the question repeats
    assert cause_under(_whole("沿海城市受台风影响,航班全部取消"), analyze("沿海城市为什么受台风影响?")) is None
    assert cause_under(_whole("但受货币经济影响,无法恩赏抗元官兵"), analyze("镰仓幕府在哪一年抗击元朝?")) is None
    assert cause_under(_whole("该国经济发展迅速,人民生活水平提高"), analyze("该国经济为什么发展迅速?")) is None
