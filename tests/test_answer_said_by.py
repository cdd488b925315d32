"""The person printed right before the saying verb whose words a who-question quotes answers first, not a name inside
the words said (said_by.py). The sentence and question of DRCD's test set (6122-4-1)."""

from __future__ import annotations

import pytest

from qa.answer.question import analyze
from qa.answer.said_by import said_by_first
from qa.types import Candidate, Sentence

_SAID = "1月26日,外交部情报司长何凤山称:西沙群岛主权属于中国,汉马伏波曾到该群岛,清宣统二年李准亦悬旗呜炮。"


def _c(name: str, score: float, text: str = _SAID) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", score, "type:person")


def test_the_one_who_says_the_quoted_words_answers_first():
    kept = [_c("汉马伏波", 11.0), _c("李准", 10.5), _c("何凤山", 10.0)]
    assert said_by_first(kept, analyze("谁对法宣称西沙群岛主权属于中国?"))[0].text == "何凤山"


@pytest.mark.parametrize("question", [
    "谁对法宣称南沙群岛是法国的?",  # other words said
    "谁曾到西沙群岛?",  # no saying verb
    "哪位司长宣称西沙群岛主权属于中国?",  # post_holder's question word, not 谁
])
def test_the_order_stays(question):
    kept = [_c("汉马伏波", 11.0), _c("何凤山", 10.0)]
    assert said_by_first(kept, analyze(question)) == kept
