"""A whole sentence answered that says nothing the question does not: all its content characters but two at
most are ones the question already holds ("高句麗與隋朝的關係在什麼事件之後逐漸進入戰爭狀態?" ↔
"高句麗與隋朝的關係逐漸進入戰爭狀態。", "分布最北的蒙古人為蒙古族中的哪一支?" ↔
"他們是分布最北的蒙古人。"). The sentence restates the question without the thing asked — it points back
with 此後 or 他們 to a sentence the search did not rank first, or leaves the event out — so what it gives is
no answer: declined (`decline:restated`). `policy.py`'s `decline:echo` takes an answer printed in the
question word for word; this one takes a restatement with its own function words and order.

Measured against main 119f78d2: at most one new character, CMRC 3 and DRCD 4 answers declined, all wrong;
at most two ("車站旁邊是港鐵公司的總部大樓。" for "…鄰近哪一個車站?"), DRCD 2 more, both wrong; at most
three, DRCD 2 wrong and 1 right more and CMRC 1 right ("這次事件在動物學中是一次突破性的發現。"): two it is."""

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
_NEW_AT_MOST = 2  # content characters the question does not hold that a restatement may still carry
ASKING = ("what", "definition", "other", "who", "where", "when", "number", "why", "how", "list")


def content(c: str) -> bool:
    """A character that tells something in a restatement: no punctuation, space or light word (_EMPTY)."""
    return c not in PUNCT and not c.isspace() and c not in _EMPTY


def restated_only(info: QuestionInfo, best: Candidate) -> str:
    """"decline:restated" when the answer is long and holds at most two content characters the question lacks."""
    if info.qtype not in ASKING or info.wh is None or best.type != "sentence":
        return ""
    f = best.sentence.folded
    text = f[best.start:best.end]
    if len(text.strip()) < _LONG or len(text.strip(_EDGE)) < len(f.strip(_EDGE)) - _LONG:
        return ""  # a span cut out of the sentence by some rule, not the sentence given whole
    echo = echoed(f, info.text)[best.start:best.end]
    new = sum(1 for c, e in zip(text, echo, strict=True) if not e and content(c))
    return "decline:restated" if new <= _NEW_AT_MOST else ""
