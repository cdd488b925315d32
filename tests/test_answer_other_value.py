"""A length or weight the question names to say which event it asks of, answered by another value in that unit:
the other event's figure (other_value.py)."""

from __future__ import annotations

import pytest

from qa.answer.other_value import other_value
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_TEXT = "九江女队卫冕100米冠军,电力大学男队和聊城大学女队分获500米和200米冠军,成绩为2分01秒。"


def _c(answer: str, kind: str = "number") -> Candidate:
    s = Sentence(f"a#0:0:{len(_TEXT)}", "a#0", 0, "body", _TEXT, 0, len(_TEXT))
    at = _TEXT.index(answer)
    return Candidate(answer, s, at, at + len(answer), kind, 1.0, f"type:{kind}")


def test_another_distance_than_the_one_named_is_declined():
    assert other_value(analyze("九江女队的100米成绩是多少？"), _c("200米")) == "decline:other"


@pytest.mark.parametrize(("question", "answer"), [
    ("九江女队的100米成绩是多少？", "100米"),  # the value named
    ("九江女队的100米成绩是多少？", "2分01秒"),  # another unit
    ("100米赛道的宽度是多少？", "200米"),  # a dimension asked: any value in its unit
    ("100米以外的赛程有多长？", "500米"),
    ("九江女队赢得了多少米的冠军？", "200米"),  # no figure named
])
def test_left_alone(question, answer):
    assert other_value(analyze(question), _c(answer)) == ""
