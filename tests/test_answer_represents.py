"""Who speaks for whom (represents.py): "代表教师发言的是谁" ↔ "张森代表教师,…刘嵘琳代表新生先后发言" → 张森."""

from __future__ import annotations

import pytest

from qa.answer.represents import representatives, represented
from qa.answer.spans import Span


@pytest.mark.parametrize(("question", "group"), [
    ("开学典礼上代表教师发言的是谁？", "教师"),
    ("谁代表全体运动员宣誓？", "全体运动员"),
    ("开学典礼上谁发言了？", ""),  # no one spoken for
])
def test_the_group_spoken_for(question, group):
    assert represented(question) == group


def test_the_name_right_before_the_group_spoken_for():
    text = "院长张森代表教师,学生刘钊代表在校生,学生刘嵘琳代表新生先后发言。"
    people = [Span(text.find(n), text.find(n) + len(n), "person", "person") for n in ("张森", "刘钊", "刘嵘琳")]
    assert [text[s.start:s.end] for s in representatives(text, people, "教师")] == ["张森"]
    assert [text[s.start:s.end] for s in representatives(text, people, "新生")] == ["刘嵘琳"]
    assert representatives(text, people, "家长") == []
