"""The field or event a question asks by its frame 在…中: "在哪个学说中提到" ↔ "在生物动力学中,金或钨的颗粒…",
"在什么事件当中死了五千多人" ↔ "在1900年的义和团事变中,直隶东南代牧区受到重创" — what the answer's sentence encloses
in the same frame is the thing asked (生物动力学, 义和团事变), not a slot or noun run elsewhere in the sentence."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the question's side after its question word: a measure word, the noun asked (up to four characters), then 中
_ASKED = re.compile(r"^(?:[一个種种部场場门門项項本位家所条條座次])*([^\W\d_]{1,4}?)(?:当中|之中|中)")
# the sentence's frame: 在 (not the end of 存在, 正在, 现在, 所在, 实在) and the words up to 中, in one clause
_FRAME = re.compile(r"(?<![存正现現所实實])在([^,，。;；:：!！?？、在]{2,20}?)(?:当中|之中|中)")
# a time the enclosed words open with, before the thing itself ("1900年的|义和团事变")
_TIME_OPENING = re.compile(r"^[\d一二三四五六七八九十〇零]+年(?:代)?(?:的)?")


def within(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer's sentence's words that the question's 在…中 frame encloses there, when the question asks
    the enclosed thing ("在哪个学说中"); None otherwise, or when the best answer already lies inside them."""
    if info.qtype != "what" or not info.wh:
        return None
    left, right = info.text[: info.wh[0]], info.text[info.wh[1]:]
    asked = _ASKED.match(right)
    if not left.endswith("在") or asked is None:
        return None
    noun = asked.group(1)
    f = best.sentence.folded
    found: list[tuple[int, int]] = []
    for m in _FRAME.finditer(f):
        start = m.start(1)
        opening = _TIME_OPENING.match(m.group(1))
        if opening and opening.end() < len(m.group(1)) - 1:
            start += opening.end()
        text = f[start:m.end(1)]
        pairs = [text[i:i + 2] for i in range(len(text) - 1)]
        if pairs and text not in info.text and sum(p in info.text for p in pairs) <= len(pairs) / 2:
            # (not the question's own words: "在几何学中" for "…几何对象是在什么学说中" is the field asked)
            found.append((start, m.end(1)))
    # several frames: the one whose words end like the noun asked (学说 ↔ …学, 事件 ↔ …事变), else none
    if len(found) > 1:
        found = [(a, b) for a, b in found if f[b - 1] in noun]
    if len(found) != 1:
        return None
    start, end = found[0]
    if start <= best.start and best.end <= end:
        return None  # the answer is already what the frame encloses, or a part of it another rule chose
    return best.narrowed(start, end, "within")
