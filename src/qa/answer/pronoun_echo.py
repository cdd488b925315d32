"""A who-question whose question word the answer's sentence prints as a pronoun: "《风云人物》是为谁量身打造的" ↔
"詹姆斯·史都华…,但这时再应卡普拉…之邀,演出为他量身打造的…", "罗马帝国最后一位维持统一的皇帝是谁" ↔ "394年狄奥多西
平定帝国内乱,…,他也是罗马帝国最后一位维持统一的皇帝". The pronoun stands for the person the sentence is about, the
one it names first, not the nearest name (卡普拉, who only called him)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CJK
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_PRONOUNS = "他她"
_COPULA = re.compile(r"^(.*?)(?:是|为)$")  # "…的皇帝是|谁": the question's phrase, restated as "他也是…"
_ADVERBS = "(?:也|亦|还|就|便|正|才|即)?"
_PHRASE = 4  # characters of the question's phrase the sentence must print after "他是"


def echoed_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person the echoed pronoun stands for moved first (pronoun_echoed)."""
    first = pronoun_echoed(kept, info)
    return to_front(kept, first)


def pronoun_echoed(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The person the best one's sentence names first, when that sentence prints a pronoun where the question
    puts its question word (the characters on both sides alike, or "他(也)是" + the phrase the question asks "是谁"
    of), after that person; None otherwise."""
    if info.qtype != "who" or not info.wh or not kept:
        return None
    best = kept[0]
    f = best.sentence.folded
    at = _pronoun_at(f, info.left.strip(), info.right.strip(" ?？"))
    if at < 0:
        return None
    people = [c for c in kept if c.type == "person" and c.sentence.id == best.sentence.id and c.end <= at]
    if not people:
        return None
    first = min(people, key=lambda c: (c.start, -c.end))
    return None if first is best else first


def _pronoun_at(f: str, left: str, right: str) -> int:
    """Where the sentence prints the pronoun standing for the question word, or -1."""
    if left and right and CJK.match(left[-1]) and len(right) >= 2 and all(CJK.match(c) for c in right[:2]):
        for p in _PRONOUNS:
            at = f.find(left[-1] + p + right[:2])
            if at >= 0:
                return at + 1
    m = _COPULA.match(left) if not right else None
    if m is not None and len(m.group(1)) >= _PHRASE:
        hit = re.search("[" + _PRONOUNS + "]" + _ADVERBS + "是" + re.escape(m.group(1)[:_PHRASE]), f)
        if hit is not None:
            return hit.start()
    return -1
