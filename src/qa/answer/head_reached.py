"""A which-question's slot that runs past the noun asked into what the question says of it ends at that noun.

"…这也是哪个理论的重要证据?" ↔ "这也是|大爆炸理论的一个有力证据。": the question goes on after its noun with a
的-phrase (的重要证据) that the sentence words otherwise (的一个有力证据), so the slot's right anchor is never found
and the slot runs to the sentence's end. The noun asked (理论) closes the thing named; its 的 and what follows are
the question's own predicate, not the answer. Only a slot holding something before the noun (the name itself) is
cut, and never to the question's own words."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo


def at_asked_noun(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The slot cut after the noun asked when it runs on into that noun's 的-phrase; None when it does not."""
    if not info.wh_word.startswith("哪") or not best.rule.startswith("slot") or "的" not in info.right:
        return None
    noun = info.right.split("的", 1)[0]
    if not 1 <= len(noun) <= 4:
        return None
    f = best.sentence.folded
    at = f.find(noun + "的", best.start + 1, best.end)
    if at < 0:
        return None
    end = at + len(noun)
    if f[best.start:end] in info.text:
        return None
    return best.narrowed(best.start, end, "noun")
