"""An item of a list asked by its place where the answer's sentence lists fewer items of that kind: the item asked
is not printed (beyond_list.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.beyond_list import beyond_list
from qa.answer.question import analyze
from qa.types import Candidate

_TEXT = "“文化大省、科教大省、农业大省、资源大省”,省长用这些提纲性的语言给陕西勾勒了一个准确的定位。"


def _c(answer: str) -> Candidate:
    return candidate_in(_TEXT, answer, "what", "head")


@pytest.mark.parametrize("question", ["陕西的第五个大省是什么？", "省长说的第6个大省叫什么？"])
def test_an_item_beyond_the_lists_length_is_declined(question):
    assert beyond_list(analyze(question), _c("科教大省")) == "decline:beyond-list"


@pytest.mark.parametrize("question", [
    "陕西的第四个大省是什么？",  # within the list
    "陕西的第二个大省是什么？",
    "陕西的第五个强省是什么？",  # another kind: no list of it here
    "陕西有哪些大省？",  # no place asked
])
def test_left_alone(question):
    assert beyond_list(analyze(question), _c("资源大省")) == ""
