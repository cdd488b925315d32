"""Why-questions that name their cause marker: the words after the same marker in the sentence (cause_asked.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_asked import cause_asked
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str, start: int = 0) -> Candidate:
    s = sentence_of(text)
    return Candidate(text=text[start:], sentence=s, start=start, end=len(text), type="sentence", score=1.0,
                     rule="marker:why+sentence")


def test_the_words_after_the_marker_up_to_the_question_s_next_words():
    got = cause_asked(_whole("NASA在1992年因预算限制放弃CRAF后,欧洲太空总署决定自行研发太空船"),
                      analyze("NASA在1992年因什么原因放弃?"))
    assert got is not None and got.text == "预算限制" and got.rule.endswith("+cause")


def test_the_cause_ends_at_its_clause_at_er_or_at_de_yuanyin():
    got = cause_asked(_whole("由于石油危机,世界物价水平上涨", start=2),
                      analyze("1973年,由于什么原因,世界物价水平上涨?"))
    assert got is not None and got.text == "石油危机"
    got = cause_asked(_whole("九人因为传播色情而被处决"), analyze("他们曾因为哪一个原因而被处决?"))
    assert got is not None and got.text == "传播色情"
    got = cause_asked(_whole("至少有30%是因为性犯罪的原因,包括性骚扰"), analyze("占30%的美军被解职是由于什么样的原因?"))
    assert got is not None and got.text == "性犯罪"


def test_a_question_naming_no_marker_or_a_sentence_with_none():
    assert cause_asked(_whole("NASA在1992年因预算限制放弃CRAF"), analyze("NASA为什么放弃CRAF?")) is None
    assert cause_asked(_whole("最后回到瑞士"), analyze("他因为什么原因才回到瑞士?")) is None
