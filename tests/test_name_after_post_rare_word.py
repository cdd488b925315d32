"""A one-character surname jieba tags a name right after a post, and a rare word of two characters after it where a
name may end, are the post holder's name of three characters (names.persons): "水利部副部长叶|建春|出席会议"."""

from __future__ import annotations

import pytest

from qa.answer.names import persons
from qa.normalize import fold


def _names(engine, text: str) -> list[str]:
    f = fold(text)
    pos = list(engine.tokenizer.pos(f))
    return [f[s.start:s.end] for s in persons(f, pos, freq=engine._state.composer._freq)]


def test_a_surname_and_a_rare_word_after_a_post_are_a_name(engine):
    assert "叶建春" in _names(engine, "水利部副部长叶建春出席会议并讲话。")


@pytest.mark.parametrize("text", ["会议由局长叶主持会议。", "该局副局长叶表示同意。"])
def test_a_common_word_after_the_surname_is_no_part_of_the_name(engine, text):
    assert not any(n.startswith("叶") and len(n) == 3 for n in _names(engine, text))
