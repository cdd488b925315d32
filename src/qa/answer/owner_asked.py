"""The owner a "哪一個N的M" question asks, printed before the M the answer names.

"太陽系第四大衛星是哪一個行星的衛星?" ↔ "…是木星的四顆伽利略衛星中最靠近木星的一顆衛星": the head rule takes the noun
run ending with the noun the question ends on (四顆伽利略衛星), yet the question asks whose M it is, the N (a 行星)
the sentence prints before its 的: 木星, which ends as the noun asked does (星).

Measured against main 7347c486: DRCD 1 better / 0 worse, CMRC 2018 trial identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# 哪 + an optional 一 and measure word, the kind of owner asked (N), 的 and the thing owned (M)
_OWNER = re.compile(r"哪一?[个位种家座所条项部本句方]?([^\W\d_]{1,4})的([^\W\d_]{1,4})")
_OPENERS = ",，、。;；的是为和与及在"  # what opens the owner's name before its 的


def owner_asked(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The name before the 的 in front of a head or gap answer naming the thing owned, when it ends as the kind of
    owner asked; None otherwise."""
    if best.rule.split("+")[0] not in ("head", "sentence") or (m := _OWNER.search(info.text)) is None:
        return None
    kind, owned = m.group(1), m.group(2)
    f = best.sentence.folded
    if f[best.end - 1] != owned[-1] or f[best.start - 1:best.start] != "的":
        return None
    x = best.start - 1
    while x > 0 and f[x - 1] not in _OPENERS:
        x -= 1
    if best.start - 1 - x < 2 or f[best.start - 2] != kind[-1] or f[x:best.start - 1] in info.text:
        return None
    return best.narrowed(x, best.start - 1, "owner")
