"""The person a question was put to (asked_whom.py): "记者向谁提问" ↔ "“我想请问张宝顺书记,…"."""

from __future__ import annotations

import pytest

from qa.answer.asked_whom import addressed, asks_whom
from qa.answer.spans import Span


@pytest.mark.parametrize(("question", "whom"), [
    ("《人民日报》记者向谁提问？", True),
    ("记者问了谁？", True),
    ("谁向省长提问？", False),  # who asked, not whom
    ("谁主持了发布会？", False),
])
def test_a_question_asking_whom_was_asked(question, whom):
    assert asks_whom(question) is whom


def test_the_name_after_qingwen_is_the_one_addressed():
    f = "随后,《人民日报》记者陈明也获得了提问机会,“我想请问张宝顺书记,…”"
    spans = [Span(f.index(n), f.index(n) + 3, "person", "pos:nr") for n in ("陈明也", "张宝顺")]
    assert [f[sp.start:sp.end] for sp in addressed(f, spans)] == ["张宝顺"]
