"""A modifier the question did not ask for: "哪一个影展" answered "义大利的威尼斯影展" is "威尼斯影展", "哪个宗教"
answered "新崛起的伊斯兰教" is "伊斯兰教" — the phrase after the last 的 names the thing of the kind asked (it ends
with a character of the asked noun), the words before it only describe it."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the noun right after a which/what question word: "哪一个|影展", "什么|技术", "哪种|字体"
_ASKED_NOUN = re.compile(r"(?:哪一?[个种座部首条家所位门项类场本件支]?|什么|甚么)(\w{1,2})")
# the answers this applies to: a span the slot or a head noun gave, not a list, a typed name or a sentence
_RULES = ("head", "slot", "rest", "sentence+gap")


def drop_modifier(best: Candidate, info: QuestionInfo) -> Candidate:
    """The answer without a "…的" modifier before the noun phrase of the kind asked, when the question lacks it."""
    if info.qtype != "what" or not best.rule.startswith(_RULES) or "list" in best.rule:
        return best
    m = _ASKED_NOUN.search(info.text)
    f = best.sentence.folded
    text = f[best.start:best.end]
    at = text.rfind("的")
    if m is None or at <= 0 or len(text) - at - 1 < 2:
        return best
    if text[:at] in info.text or text[-1] not in m.group(1) or text[at + 1:] in info.text:
        return best  # the question's own modifier ("…的X"), a phrase not of the kind asked, or one the question names
    start = best.start + at + 1
    return best.narrowed(start, best.end, "noun")
