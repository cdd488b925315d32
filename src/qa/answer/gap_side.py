"""A gap answer on the wrong side of the echoed words: a subject asked, a run after the predicate given.

A question opening with its question word ("哪一職業在韓國的人均年收入為1.35萬美元", "什麼交通工具在蘇利南主要用於
貨運") asks the subject of what it goes on to say, and the sentence prints that subject right before the words
it echoes. When the gap rule (gap.py) answers with a run that follows echoed words but has none after it, the run
stands after the predicate — an object, a modifier of the next clause — not the subject asked
("韓國|農民的收入水平|較高", "蘇利南|現有225公里鐵路線|,"): the sentence names the subject elsewhere, or not at
all, and the run is declined. A passive question ("哪一個…燃料…被禁止燃燒") asks what an active sentence prints
after its verb (gap.py favours that run), so it stays.

Measured against main bc442c7d (with leading_setting): DRCD 4 gap answers declined, all wrong (F1 0, 0.15, 0.40,
0.44), none right lost (precision 0.8498 → 0.8509); CMRC 2018 trial identical. Without the kind-asked exception
2 right answers were lost too ("第一個|階段", "憲法").
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import echoed

_CLEFT = re.compile(r"的是(?:哪|什么)")  # "…满满的是哪家车企": the subject asked, as gap.py reads it
_PASSIVE = re.compile(r"被|为[^,，。]{1,8}所")
_LINKS = frozenset("的之")  # "农民|的收入水平": a 的 between the run and the echoed words joins them
_KIND_WINDOW = 6  # characters after the question word that print the noun asked ("哪一|韓國的法律")


def subject_after_predicate(best: Candidate, info: QuestionInfo) -> bool:
    """A question asking its own subject answered by a gap run that echoed words precede and none follow."""
    if "+gap" not in best.rule or "+list" in best.rule or info.wh is None or _PASSIVE.search(info.text):
        return False
    if not (info.wh[0] < len(info.text) / 3 or _CLEFT.search(info.text)):
        return False
    f = best.sentence.folded
    if f[best.end - 1:best.end] in info.text[info.wh[1]:info.wh[1] + _KIND_WINDOW]:
        # the run ends with the noun asked ("第一個|階段" for 哪一階段, "憲法" for 哪一韓國的法律): one of its kind
        return False
    echo = echoed(f, info.text)
    a = best.start - 1
    while a >= 0 and f[a] in _LINKS:
        a -= 1
    b = best.end
    while b < len(f) and f[b] in _LINKS:
        b += 1
    before = a >= 0 and echo[a]
    after = b < len(f) and echo[b]
    return before and not after
