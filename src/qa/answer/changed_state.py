"""The state before or after a change a what-question asks, read off "由X…为Y".

A sentence telling a change prints the state before it after 由 and the state after it after the verb of change
and 为/到/至/成: "乔治亚将由现在的半总统制国家转变为议会制国家", "将韩俄关系由「建设性的互补伙伴关系」升级为「相互信赖的
全面伙伴关系」". The candidates read it as any sentence (the head noun 总统制 inside the first state, the slot
before 由); the question tells which side it asks: the one it does not print — the state before when it names the
state after or asks what was before (之前, 原本), the state after otherwise ("生效后成为了哪一种制度的国家")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import char_bigrams, trim

_UNTYPED = frozenset(("what", "other"))
# 由 + the state before, a verb of change, 为/到/至/成(为) + the state after, to the clause's end
_CHANGE = re.compile(r"由(?P<x>[^,，。;；:：由]{2,24}?)"
                     r"(?:转变|转换|改变|升级|恢复|演变|发展|扩大|缩小|增加|减少|提高|降低|上升|下降|改|变|升|降|转)"
                     r"(?:为|到|至|成为|成)(?P<y>[^,，。;；:：]{2,24})")
_BEFORE_ASKED = re.compile(r"之前|以前|原本|原来|原先|最初|起初")
_QUOTES = "「」“”『』《》\"'"


def changed_state(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The answer moved to the state asked of the change its span stands in (or runs up to); None when the span
    stands in no "由X…为Y" or already lies within the side asked."""
    if info.expects or info.qtype not in _UNTYPED or not info.wh:
        return None
    f = best.sentence.folded
    for m in _CHANGE.finditer(f):
        if not (m.start() <= best.end and best.start < m.end()):
            continue
        before, after = m.span("x"), m.span("y")
        asked = before if _BEFORE_ASKED.search(info.text) or _mostly_asked(f[after[0]:after[1]], info.text) \
            else after
        if asked == after and _mostly_asked(f[after[0]:after[1]], info.text):
            return None
        if asked[0] <= best.start and best.end <= asked[1]:
            return None  # the span is already within the side asked ("转为研究|恒星" for 改为研究何者)
        start, end = trim(f, *asked)
        while start < end and f[start] in _QUOTES:
            start += 1
        while end > start and f[end - 1] in _QUOTES:
            end -= 1
        if end - start < 2 or (start, end) == (best.start, best.end) or f[start:end] in info.text:
            return None
        return best.narrowed(start, end, "changed")
    return None


def _mostly_asked(text: str, question: str) -> bool:
    """Most of the text's bigrams are the question's: the question names that side."""
    grams = char_bigrams(text)
    return bool(grams) and 2 * sum(g in question for g in grams) > len(grams)
