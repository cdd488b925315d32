"""The person printed right before the deed a who-question puts before 的是谁 (doer.py)."""

from __future__ import annotations

import pytest

from qa.answer.doer import doer_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_TEXT = "再加上李明在二楼看台指挥,对方眼见门口将被攻破,王强率先闯入。"
_OTHER = "王芳在二楼看台指挥过另一场比赛。"


def _c(name: str, kind: str, score: float, text: str = _TEXT) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), kind, score, f"type:{kind}")


def test_the_person_right_before_the_deed_answers_first():
    kept = [_c("对方", "org", 11.0), _c("王强", "person", 10.5), _c("李明", "person", 10.0)]
    assert doer_first(kept, analyze("在二楼看台指挥的是谁？"))[0].text == "李明"


@pytest.mark.parametrize(("question", "kept"), [
    ("谁在二楼看台指挥？", [_c("对方", "org", 11.0), _c("李明", "person", 10.0)]),  # no "…的是谁"
    ("率先闯入的是谁？", [_c("对方", "org", 11.0), _c("李明", "person", 10.0)]),  # 李明 did not do it
    ("在二楼看台指挥的是谁？", [_c("对方", "org", 11.0), _c("王芳", "person", 10.0, _OTHER)]),  # another sentence
])
def test_the_order_stays(question, kept):
    assert doer_first(kept, analyze(question)) == kept


_JOINED = "8日,鞍山市召开全市领导干部大会,省委组织部副部长高崇生出席会议并宣布省委决定:王忠昆同志任鞍山市委书记。"


def test_the_subject_of_a_predicate_joined_to_the_deed_by_bing_answers_after_a_setting():
    # "…大会上,|宣布省委决定的是谁": the setting before the comma is no part of the deed; "高崇生|出席会议并|宣布…":
    # the deed's subject is the one of the predicate 并 joins it to, not the name the decision announces
    kept = [_c("王忠昆", "person", 11.0, _JOINED), _c("高崇生", "person", 10.0, _JOINED)]
    assert doer_first(kept, analyze("鞍山市全市领导干部大会上,宣布省委决定的是谁?"))[0].text == "高崇生"
    # a predicate across a clause mark is no longer the same subject's
    other = "高崇生出席会议,随后王五宣布省委决定。"
    kept = [_c("王五", "person", 11.0, other), _c("高崇生", "person", 10.0, other)]
    assert doer_first(kept, analyze("宣布省委决定的是谁?"))[0].text == "王五"
