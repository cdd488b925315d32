"""A ratio asked one way round, the answer's sentence giving it the other way.

"女性於企圖自殺數量大約是男性的多少倍?" is not answered by "男性數量為女性的兩倍": the question asks how many times B
(男性) A is, and the sentence prints the figure after "A的" (女性的兩倍): how many times A B is, the inverse. Declined
("decline:other") when the word right before the answer's 的 is one the question prints before its 是/为 and not the
one after it.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# "…是男性的多少倍": the base of the ratio asked, after the copula
_RATIO_ASKED = re.compile(r"(?:是|为)([^\W\d_]{1,6})的(?:多少|几)倍")
# the base the sentence prints right before the figure: "女性的|兩倍"
_BASE_BEFORE = re.compile(r"([^\W\d_]{2})的\s?(?:约|大约)?$")


def reversed_ratio(info: QuestionInfo, best: Candidate) -> str:
    """"decline:other" when the sentence's base of the ratio is the question's other side."""
    m = _RATIO_ASKED.search(info.text)
    if m is None or not best.sentence.folded[best.start:best.end].rstrip().endswith("倍"):
        return ""
    b = _BASE_BEFORE.search(best.sentence.folded[max(0, best.start - 8):best.start])
    if b is None:
        return ""
    base = b.group(1)
    return "decline:other" if base not in m.group(1) and base in info.text[:m.start()] else ""
