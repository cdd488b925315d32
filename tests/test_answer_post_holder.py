"""The name whose printed post ends with the most of the post a who-question asks answers first (post_holder.py)."""

from __future__ import annotations

import pytest

from qa.answer.post_holder import holder_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_APPOSED = "省政协副主席、省总工会主席张明,省总工会副主席李华出席会议并讲话。"
_TOOK = "市商会会长王刚任筹备主任,市侨联主席赵强任常务副主任。"


def _c(name: str, score: float, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", score, "type:person")


def test_the_name_after_the_asked_post_answers_first():
    kept = [_c("张明", 11.0, _APPOSED), _c("李华", 10.0, _APPOSED)]
    assert holder_first(kept, analyze("哪位省总工会副主席出席了会议？"))[0].text == "李华"


def test_the_name_that_took_the_asked_post_answers_first():
    kept = [_c("王刚", 11.0, _TOOK), _c("赵强", 10.0, _TOOK)]
    assert holder_first(kept, analyze("谁任筹备委员会常务副主任？"))[0].text == "赵强"


@pytest.mark.parametrize(("question", "kept"), [
    ("哪位省总工会主席出席了会议？", [_c("张明", 11.0, _APPOSED), _c("李华", 10.0, _APPOSED)]),  # 张明's post
    ("谁任筹备主任？", [_c("王刚", 11.0, _TOOK), _c("赵强", 10.0, _TOOK)]),  # 王刚's post
    ("谁出席了会议？", [_c("张明", 11.0, _APPOSED), _c("李华", 10.0, _APPOSED)]),  # no post asked
    ("哪位省总工会副主席出席了会议？", [_c("张明", 11.0, _APPOSED), _c("赵强", 10.0, _TOOK)]),  # another sentence
])
def test_the_order_stays(question, kept):
    assert holder_first(kept, analyze(question)) == kept


def test_a_question_word_with_its_own_noun_asks_no_post():
    # "哪一个人|继任了…主席": the post after the verb is not the one the names are told apart by
    kept = [_c("张明", 11.0, _APPOSED), _c("李华", 10.0, _APPOSED)]
    assert holder_first(kept, analyze("哪一个人继任了副主席？")) == kept
