"""A what-answer that opens with a bound character cut from the word before it names nothing: decline it.

之 and 们 do not open a word: they close the one before them ("有「太白天声」|之说", "享有前半小时免费|之补助",
"模特|们超长时间"). A slot or span opening with one was cut out of the phrase that holds the question's own words
(the anchor ran up to the character before it), so it is that phrase's tail, not the thing asked: the sentence
went on about the asked thing without naming it where the anchors look. Declined rather than answered with the
tail. Not 之后/之前/之间/之中/之一… (a time, a place, a share: jieba's own words that open a clause), nor an
answer after punctuation or at the sentence's start (a whole sentence or a clause opening so is its own)."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo

# the characters that only ever close the word before them
_BOUND = frozenset("之们")
# 之 opening a word of its own: 之后 (after), 之前, 之间, 之中, 之外, 之内, 之上, 之下, 之际 (a time or a place),
# 之一 (one of), 之所以 (why)
_OPENS_WORD = frozenset("后前间中外内上下际一所")
_ASKED = frozenset(("what", "definition"))


def cut_from_before(best: Candidate, info: QuestionInfo) -> bool:
    """A what-answer opens with 之/们 glued to the character before it in its sentence."""
    if info.qtype not in _ASKED or "+list" in best.rule:
        return False
    f = best.sentence.folded
    text = f[best.start:best.end]
    if len(text) < 2 or text[0] not in _BOUND or best.start == 0:
        return False
    if text[0] == "之" and text[1] in _OPENS_WORD:
        return False
    before = f[best.start - 1]
    # glued: the character before is a word's (a CJK character, a letter, a closing quote of a name: 「太白天声」之说)
    return before.isalnum() or before in "」》”’\"'"
