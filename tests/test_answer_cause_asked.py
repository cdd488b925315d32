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


def test_a_noun_asked_after_the_question_word_is_read_where_the_sentence_prints_it():
    # DRCD 6007-4-3: "因为什么作用" asks the 作用; the sentence's 因 tells another cause (结构性下沉)
    text = ("在喜马拉雅山形成时南麓曾存在大量因结构性下沉而出现的槽地质构造,随着印度河及恒河的冲积作用而逐渐被填满,"
            "并形成现今的印度平原")
    got = cause_asked(_whole(text), analyze("印度平原是因為什麼作用形成的?"))
    assert got is not None and got.text == "印度河及恒河的冲积作用"
    # (news suite composer:83: 来到 goes on with the question's words, a verb, no noun asked)
    got = cause_asked(_whole("不久前,李女士因小区道路施工导致房屋外墙开裂、外立面脱落而来到综治中心求助"),
                      analyze("李女士因为什么来到综治中心求助?"))
    assert got is not None and "道路施工" in got.text
