"""A name's last character jieba glued to the verb after it (names.names_glued_to_verbs): "张远|发致|欢迎词",
or cut as a one-character verb before the deed ("张生|起|讲话")."""

from __future__ import annotations

import jieba.posseg

from qa.answer.names import names_glued_to_verbs
from qa.answer.spans import Span


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _glued(text: str, name: str) -> list[str]:
    at = text.index(name)
    found = names_glued_to_verbs(text, _pos(text), [Span(at, at + 2, "person", "pos:nr")])
    return [text[sp.start:sp.end] for sp in found]


def test_the_character_glued_to_the_verb_ends_the_name():
    assert _glued("首由泰国潮安同乡会代理事长张远发致欢迎词如下", "张远") == ["张远发"]


def test_a_verb_of_the_dictionary_stays_apart():
    assert _glued("首由泰国潮安同乡会代理事长张远主持会议", "张远") == []


def test_no_post_before_the_name():
    assert _glued("首由张远发致欢迎词如下", "张远") == []


def test_a_known_word_and_a_one_character_verb_before_the_officials_deed():
    # "市政协主席张生|起/v|讲话": 张生 is a word of jieba's, 起 its verb; before 讲话 it is the name's last character
    assert _glued("市政协主席张生起讲话,副主席李建涛出席会议", "张生") == ["张生起"]


def test_an_auxiliary_before_the_deed_stays_apart():
    assert _glued("市政协主席张生来讲话", "张生") == []
