""""在什么会上" asks a meeting: the noun asked is 会, which the answer's name ends with (asked.asked_head)."""

from __future__ import annotations

import jieba.posseg

from qa.answer.asked import asked_head
from qa.answer.question import analyze


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def test_a_meeting_is_asked():
    assert asked_head(analyze("学生代表在什么会上建议学校设读报栏？"), _pos) == "会"


def test_the_modal_asks_no_meeting():
    assert asked_head(analyze("这种情况下什么会发生？"), _pos) != "会"
