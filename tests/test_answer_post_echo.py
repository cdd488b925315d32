"""A person answer that runs into the post the question names is a piece of that post (post_echo.py). The sentence
of DRCD's test set (6455-4-3: 足利尊氏 asked; jieba reads 就|任征夷|大將軍)."""

from __future__ import annotations

import pytest

from qa.answer.post_echo import post_echo
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_SHOGUN = "1603年家康創立德川幕府，就任征夷大將軍。"


def _c(name: str, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", 1.0, "type:person")


def test_a_piece_of_the_asked_post_is_declined():
    assert post_echo(analyze("北朝的征夷大將軍指的是何人?"), _c("任征夷", _SHOGUN)) == "decline:echoed-post"


@pytest.mark.parametrize(("question", "name", "text"), [
    ("谁创立了德川幕府?", "家康", _SHOGUN),  # the name is followed by words the question prints apart (創立|德川)
    ("北朝的征夷大將軍指的是何人?", "家康", _SHOGUN),  # the holder: what follows it is no post of the question
    ("德川幕府是谁创立的?", "家康", "1603年家康創立德川幕府。"),  # the question's verb alone after the name
])
def test_kept(question, name, text):
    assert post_echo(analyze(question), _c(name, text)) == ""
