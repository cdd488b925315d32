"""A sentence answer to "…有著甚麼樣的政治關係?" / "…是什麼樣子風格的建築?" / "…採用何種管制方式?": the phrase of the
sentence ending in the noun asked, with the modifier the question does not print, is the answer.

The question names the kind (關係, 風格, 管制) and asks which of it; the sentence prints the noun with its own
modifier: "是與紐西蘭具有|自由聯合關係|的主權國家", "海恩豪森王宮花園是|歐洲巴洛克風格|的典型代表",
"南方被美國實行|半軍事管制". `kind_asked.py` leaves out abstract kinds (關係, 方式) and descriptions
(什麼樣), whose answer is often a clause; here only the noun with its modifier printed against it is taken,
when the sentence prints the noun once."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..types import Candidate
from .question import QuestionInfo
from .spans import echoed, offsets

Tagger = Callable[[str], list[tuple[str, str]]]

# 什么样(子/的), 甚么样的, 何种 + the kind's nouns, to 的, the question's end or a verb-like break
_ASKED = re.compile(r"(?:[什甚]么样[子的]*|何种)([^\W\d_的了呢吗?？,，]{2,6}?)(?:的|[?？]|$)")
_MODIFIER_TAGS = ("n", "nz", "ns", "nr", "nrt", "a", "an", "b", "m", "j", "l", "i", "vn", "eng")
_MOST = 10  # characters of the phrase at most
_RULES = ("sentence", "sentence+unechoed", "sentence+term", "sentence+told")


def _heads(kind: str) -> list[str]:
    """The nouns the kind may be printed as: its last two characters (政治|關係 → 關係), then its first two
    (管制|方式 → 管制)."""
    return list(dict.fromkeys((kind[-2:], kind[:2])))


def kind_phrase(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The best sentence answer cut to the phrase ending in the kind asked, with its own modifier; None when the
    question asks no kind this way, the answer is no sentence answer, or the sentence prints no such phrase."""
    if info.qtype not in ("what", "definition") or best.rule not in _RULES:
        return None
    m = _ASKED.search(info.text)
    if m is None:
        return None
    f = best.sentence.folded
    marks = echoed(f, info.text)
    for head in _heads(m.group(1)):
        at = f.find(head, best.start, best.end)
        if at < 0 or f.find(head, at + 1, best.end) >= 0:
            continue  # printed nowhere, or twice: which one is asked is not told
        words = [w for w in offsets(pos(f)) if w[1] <= at]
        start = at
        for a, _b, _w, flag in reversed(words):
            if flag not in _MODIFIER_TAGS or any(marks[a:_b]) or at + len(head) - a > _MOST:
                break
            start = a
        if start < at:
            return best.narrowed(start, at + len(head), "kind")
        return None
    return None
