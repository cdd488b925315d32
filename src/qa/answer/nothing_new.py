"""A long answer that says nothing the question does not: every content character of it is one the question
already holds ("高句麗與隋朝的關係在什麼事件之後逐漸進入戰爭狀態?" ↔ "高句麗與隋朝的關係逐漸進入戰爭狀態。",
"分布最北的蒙古人為蒙古族中的哪一支?" ↔ "他們是分布最北的蒙古人。"). The sentence restates the question without
the thing asked — it points back with 此後 or 他們 to a sentence the search did not rank first, or leaves the event
out — so what it gives is no answer: declined (`decline:restated`). `policy.py`'s `decline:echo` takes an answer
printed in the question word for word; this one takes a restatement with its own function words and order.

Measured on the base (main 119f78d2): CMRC 2018 trial and DRCD, every such answer was wrong."""

from __future__ import annotations

from ..lexicon import PUNCT
from ..types import Candidate
from .question import QuestionInfo
from .spans import echoed

# characters that tell nothing of their own in a restatement: particles, copulas, pronouns pointing back,
# adverbs of scope and time, prepositions and conjunctions ("此後朝鮮的國王均受到…", "他們是分布最北的…")
_EMPTY = frozenset("的了着是在由此他她它们其中也可以都已经而被和与及并之这那些该本均则又还就会将于有")
_EDGE = "".join(sorted(PUNCT)) + " "
_LONG = 6  # characters: a shorter answer is a span some rule chose, and may be the question's own name
_NEW_AT_MOST = 1  # content characters the question does not hold that a restatement may still carry
_ASKING = ("what", "definition", "other", "who", "where", "when", "number", "why", "how", "list")


def restated_only(info: QuestionInfo, best: Candidate) -> str:
    """"decline:restated" when the answer is long and holds at most one content character the question lacks."""
    if info.qtype not in _ASKING or info.wh is None or best.type != "sentence":
        return ""
    f = best.sentence.folded
    text = f[best.start:best.end]
    if len(text.strip()) < _LONG or len(text.strip(_EDGE)) < len(f.strip(_EDGE)) - _LONG:
        return ""  # a span cut out of the sentence by some rule, not the sentence given whole
    echo = echoed(f, info.text)[best.start:best.end]
    new = sum(1 for c, e in zip(text, echo, strict=True)
              if not e and c not in PUNCT and not c.isspace() and c not in _EMPTY)
    return "decline:restated" if new <= _NEW_AT_MOST else ""
