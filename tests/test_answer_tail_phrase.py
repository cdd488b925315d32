"""Of several names of the kind asked in one sentence, the one whose following phrase ends with the most of the
question's words after its head noun answers first (tail_phrase.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.tail_phrase import tail_first
from qa.types import Candidate

_TEXT = "她拥有北京大学法学学士学位和多伦多大学法学硕士学位,有十年工作经验。"
_OTHER = "她在多伦多大学法学硕士学位课程任教。"


def _c(name: str, score: float, text: str = _TEXT) -> Candidate:
    return candidate_in(text, name, "org", score=score, sid=f"a#0:0:{len(text)}")  # one id a text


def test_the_name_before_the_asked_phrase_answers_first():
    kept = [_c("北京大学", 11.0), _c("多伦多大学", 10.0)]
    assert tail_first(kept, analyze("她在哪所大学取得法学硕士学位？"))[0].text == "多伦多大学"


@pytest.mark.parametrize(("question", "kept"), [
    ("她在哪所大学取得法学学士学位？", [_c("北京大学", 11.0), _c("多伦多大学", 10.0)]),  # the best one's phrase
    ("她在哪所大学读书？", [_c("北京大学", 11.0), _c("多伦多大学", 10.0)]),  # no phrase told apart
    ("她在哪所大学取得法学硕士学位？", [_c("北京大学", 11.0), _c("多伦多大学", 10.0, _OTHER)]),  # another sentence
])
def test_the_order_stays(question, kept):
    assert tail_first(kept, analyze(question)) == kept


_MEMBER = "香港天文台是香港特别行政区政府部门及联合国属下的世界气象组织成员,专门负责香港的气象观测。"


def test_the_name_the_asked_noun_follows_answers_first():
    # DRCD 2475-1-1: "哪一个单位的成员" ↔ "…世界气象组织|成员", not the 政府 whose 部门 it is too
    kept = [_c("香港特别行政区政府", 11.5, _MEMBER), _c("世界气象组织", 10.2, _MEMBER)]
    assert tail_first(kept, analyze("香港天文台是哪一个单位的成员之一?"))[0].text == "世界气象组织"


def test_the_best_one_the_asked_noun_follows_stays():
    kept = [_c("世界气象组织", 11.5, _MEMBER), _c("香港特别行政区政府", 10.2, _MEMBER)]
    assert tail_first(kept, analyze("香港天文台是哪一个单位的成员之一?")) == kept
