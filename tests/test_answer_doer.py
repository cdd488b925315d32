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
