"""A zone's bare kind names no place ("在长治|高新区设主会场"): shape.py keeps the place before it in a where-answer,
though the question names that place."""

from __future__ import annotations

import pytest

from qa.answer.question import analyze
from qa.answer.shape import shape
from qa.config import load_config
from qa.tokenize import Tokenizer
from qa.types import Candidate, Sentence


def _place(sentence: str, answer: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="place", score=1.0,
                     rule="np")


@pytest.mark.parametrize(("sentence", "answer", "shaped"), [
    ("活动在长治高新区设主会场,在各县区设分会场。", "高新区", "长治高新区"),
    ("活动在长治体育馆设主会场,在各县区设分会场。", "体育馆", "体育馆"),  # a venue, no zone
])
def test_a_zone_keeps_its_place(sentence, answer, shaped):
    pos = Tokenizer(load_config()).pos
    info = analyze("长治市集中开工活动的主会场设在哪里？")
    assert shape(_place(sentence, answer), info, pos, widen_typed=False).text == shaped
