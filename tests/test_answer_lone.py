"""A where-answer's first character that jieba cut off after the locative preposition (lone.py): "在添|马政府总部"."""

from __future__ import annotations

import pytest

from qa.answer.lone import lone_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence


def _pos(text: str) -> list[tuple[str, str]]:
    """A tagger that cuts as jieba did: the preposition, the lone character, the rest as one word."""
    words = [text[:1], text[1:2], text[2:]] if len(text) > 2 else [text]
    return [(w, "x") for w in words]


def _best(sentence: str, place: str, kind: str = "org") -> Candidate:
    s = Sentence("a#0:0:0", "a#0", 0, "body", sentence, 0, len(sentence))
    at = sentence.index(place)
    return Candidate(place, s, at, at + len(place), kind, 1.0, f"type:{kind}")


def test_the_lone_character_after_the_locative_opens_the_name():
    got = lone_first(_best("今日在添马政府总部举行记者会", "马政府总部"), analyze("记者会在哪里举行？"), _pos)
    assert got is not None and got.text == "添马政府总部"


@pytest.mark.parametrize(("sentence", "place", "question"), [
    ("华西医院起源于由美国教会创建的医院", "美国教会", "华西医院起源于哪里？"),  # a preposition, not a name's
    ("今日在其政府总部举行记者会", "政府总部", "记者会在哪里举行？"),  # a function character
    ("今日在添马政府总部举行记者会", "马政府总部", "记者会哪天举行？"),  # not a where-question
])
def test_nothing_is_added(sentence, place, question):
    assert lone_first(_best(sentence, place), analyze(question), _pos) is None


def test_nothing_is_added_when_jieba_kept_the_character_with_a_word():
    def pos(text: str) -> list[tuple[str, str]]:
        return [(text[:2], "v"), (text[2:], "nt")]  # "在添|马政府总部": no lone character

    assert lone_first(_best("今日在添马政府总部举行记者会", "马政府总部"), analyze("记者会在哪里举行？"), pos) is None
