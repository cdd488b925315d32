"""A name the question prints only as the opening of a longer one: "从博特罗普走|埃姆斯兰|高速公路阿31到东弗里斯兰会经过
哪边?" ↔ "它从东弗里斯兰出发经过|埃姆斯兰|到博特罗普".

A typed span the question itself prints is dropped (an answer does not repeat the question), so the place right after
the question's left anchor, "经过", is never a candidate and a place farther off answers (鲁尔区). But the question
names 埃姆斯兰 only as a modifier of another name (埃姆斯兰高速公路, the road; the place it passes is asked): when the
sentence prints the span right against the left anchor, and every time the question prints it, it goes on into more
Chinese characters than the sentence does there, the span is the question's modifier, not its echo, and stays."""

from __future__ import annotations

from ..lexicon import all_han

_MODIFIED = 2  # Chinese characters the question's name goes on with at least ("高速公路"): not a suffix (省, 人)


def modifier_only(folded: str, start: int, end: int, question: str, anchor_end: int) -> bool:
    """Whether folded[start:end], which the question prints, stands right after the left anchor and the question
    prints it only inside a longer name the sentence does not print there."""
    text = folded[start:end]
    if start != anchor_end or len(text) < 2:
        return False
    at = question.find(text)
    if at < 0:
        return False
    while at >= 0:
        after = question[at + len(text):at + len(text) + _MODIFIED]
        if len(after) < _MODIFIED or not all_han(after) or folded.startswith(after, end):
            return False  # the name alone, or followed as the sentence follows it: the question's echo
        at = question.find(text, at + 1)
    return True
