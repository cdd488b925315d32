"""A 有没有 question answered by a slot holding 没有: 没有 alone (negation.py). Real DRCD sentences, folded."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.negation import negation
from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.types import Candidate


def _slot(text: str, slot: str) -> Candidate:
    s = sentence_of(text)
    start = text.index(slot)
    return Candidate(text=slot, sentence=s, start=start, end=start + len(slot), type="slot", score=1.0, rule="slot")


_SENTENCE = "此外,当局宣称收到77份示威申请,但从记者的观察来看,似乎没有任何示威申请得到当局通过。"
_SLOT = "宣称收到77份示威申请,但从记者的观察来看,似乎没有任何示威申请得到当局"


def test_no_alone_answers_you_mei_you():
    got = negation(_slot(_SENTENCE, _SLOT), analyze("记者认为当局有没有通过任何示威申请?"))
    assert got is not None and got.text == "没有" and got.rule == "slot+negation"
    assert inconsistent(analyze("记者认为当局有没有通过任何示威申请?"), got) == ""  # no echo of the question's 没有


def test_another_question_or_a_slot_without_no_is_left():
    assert negation(_slot(_SENTENCE, _SLOT), analyze("记者认为当局通过了多少示威申请?")) is None
    assert negation(_slot(_SENTENCE, "宣称收到77份示威申请"), analyze("当局有没有收到示威申请?")) is None
