"""other_name: a place right before a which-word, or between it and its noun, scopes the kind asked ("中国|哪个朝代",
"哪一个|中国|朝代"): the answer's article need not name it, and the answer is no rival's (agreement._scopes_kind)."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings, other_name
from qa.answer.question import analyze
from qa.normalize import fold


def _freq(word: str) -> int:
    return 500


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "time")
    around = Surroundings(article=sentence, tag=pos_tags, freq=_freq)
    return other_name(analyze(fold(question)), c, around)


@pytest.mark.parametrize("question", ["大约在中国哪个朝代时,汉语开始大量传入越南?",
                                      "大约在哪一个中国朝代时,汉语开始大量传入越南?"])
def test_a_place_scoping_the_kind_asked_is_no_place_of_the_event(question):
    assert _why(question, "大约从东汉开始,汉字开始有系统和大规模的传入越南。", "东汉") == ""


def test_a_place_elsewhere_in_the_question_still_declines():
    assert _why("中国的汉语在哪个朝代开始大量传入越南?", "大约从东汉开始,汉字开始有系统和大规模的传入越南。",
                "东汉") == "decline:place"
