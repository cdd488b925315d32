"""A slot answer that opens with a conjunction joining a clause ("而且抛秧也", "并且反对", "因此中日两国还保
存著", "及传讲"): the slot between the question's words cut a clause at its joint, so the answer is the start of
another clause, not the thing a what-, who- or where-question asks ("decline:fragment"). A whole sentence or a
clause given for a why- or how-question may open so and is left alone."""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_TYPES = frozenset(("what", "who", "where", "list"))
# conjunctions that add or conclude a clause; not 但 or 而, after which the thing itself may follow ("但只有世袭
# 统治者"), nor what jieba also tags c ("其后的水门事件", "可以用来…")
JOINTS = frozenset(("而且", "并且", "以及", "及", "并", "因此", "所以", "于是", "即使", "从而", "甚至"))


def clause_joint(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:fragment" when a slot answer to a what-, who-, where- or list-question opens with a conjunction."""
    if info.qtype not in _TYPES or best.type != "slot" or around.tag is None:
        return ""
    words = [(w, flag) for w, flag in around.tag(best.sentence.folded[best.start:best.end]) if w.strip()]
    return "decline:fragment" if len(words) >= 2 and words[0][0] in JOINTS else ""
