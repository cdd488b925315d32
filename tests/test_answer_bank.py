"""A water's bank after its name is where a place lies ("位于云龙湖|南岸|珠山脚下"): shape.py keeps it in a
where-answer."""

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


@pytest.mark.parametrize(("question", "sentence", "answer", "shaped"), [
    ("珠山景区位于哪里？", "位于云龙湖南岸珠山脚下的珠山景区是一大力作", "云龙湖", "云龙湖南岸"),
    ("工厂建在哪里？", "工厂建在长江北岸,占地百亩", "长江", "长江北岸"),
    ("工厂建在哪里？", "工厂建在长江边,占地百亩", "长江", "长江"),  # no bank printed
])
def test_a_bank_after_a_water_is_part_of_the_place(question, sentence, answer, shaped):
    pos = Tokenizer(load_config()).pos
    assert shape(_place(sentence, answer), analyze(question), pos, widen_typed=False).text == shaped
