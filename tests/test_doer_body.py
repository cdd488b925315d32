"""The body printed right before the deed a question puts before "的是哪个部门" answers first, the verb opening the
deed enough ("组织省级老领导…的是哪个部门" ↔ "省委老干部局组织部分省级老领导…"; doer.py)."""

from __future__ import annotations

from qa.answer.doer import doer_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_TEXT = "8月8日至13日,省委老干部局组织部分省级老领导到曲靖市考察指导,省委常委、市委书记参加部分项目考察。"


def _c(name: str, kind: str, score: float) -> Candidate:
    s = Sentence(f"a#0:0:{len(_TEXT)}", "a#0", 0, "body", _TEXT, 0, len(_TEXT))
    at = _TEXT.index(name)
    return Candidate(name, s, at, at + len(name), kind, score, f"type:{kind}")


def test_the_body_right_before_the_deed_answers_first():
    kept = [_c("省委常委", "org", 11.0), _c("省委老干部局", "org", 10.0)]
    assert doer_first(kept, analyze("组织省级老领导到曲靖市考察指导的是哪个部门？"))[0].text == "省委老干部局"


def test_a_body_asked_otherwise_keeps_the_order():
    kept = [_c("省委常委", "org", 11.0), _c("省委老干部局", "org", 10.0)]
    assert doer_first(kept, analyze("哪个部门组织省级老领导到曲靖市考察指导？")) == kept
