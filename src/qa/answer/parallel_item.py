"""The other of two parallel items, the one the question's qualifier points to: "以北是哪块海域" ↔ "北大西洋…以北".

A sentence often tells two things in the same frame, one clause (or list item) each: "北大西洋位于群岛以北,而加勒比海则
位于群岛以南", "存在于瓜拿纳中的咖啡因…,而存在于玛黛茶中的被称为马黛因", "文艺复兴式的韩国银行总行大楼…以及罗马式的
圣公会教堂". The slot and head rules read a span of one of them; which one the question asks is decided by its
qualifier (以北, 马黛因, 韩国银行总行大楼), printed only in the other item. The answer moves to the other item's span
in the same place of the frame: after the same characters before the answer, before the same characters after it
(a leading 而/以及 and an adverb 则/也 after the subject aside). Measured per question on CMRC 2018 trial and DRCD
test (see the commit)."""

from __future__ import annotations

import re

from ..lexicon import PUNCT
from ..types import Candidate
from .question import QuestionInfo
from .spans import char_bigrams, occurrences

# where one item ends and the next begins: clause marks, a colon (a lead-in), the list comma, 以及
_ITEM_END = re.compile(r"[,，;；:：、]|以及")
_OPENERS = "而但且及和与或并"  # a conjunction opening the item: no part of the frame
_ADVERBS = "则也亦却又便"  # an adverb between the item's subject and its verb: no part of the frame
_ANCHOR = 2  # characters of the frame compared on each side of the answer
_SHARED = 3  # character bigrams the two items' frames share, the answer's neighbours aside
_LONGEST = 15  # characters of the item's span: a longer run is a clause, not a parallel item
_WH = re.compile(r"哪[一个种些]?[个种位家座所条项部本块]?|什么|甚么|何[种者]?")


def _items(f: str) -> list[tuple[int, int]]:
    """(start, end) of the sentence's items, each without its opening conjunction."""
    out, start = [], 0
    for m in list(_ITEM_END.finditer(f)) + [None]:
        end = m.start() if m else len(f)
        s = start
        while s < end and f[s] in _OPENERS:
            s += 1
        if end > s:
            out.append((s, end))
        start = m.end() if m else len(f)
    return out


def _place(f: str, s: int, e: int, left: str, right: str) -> tuple[int, int] | None:
    """Where the frame left…right holds a span in f[s:e]: after `left` (or at the item's start when it is empty),
    before `right` (or at its end); the first such span."""
    starts = [s] if not left else [at + len(left) for at in occurrences(f, left, e) if at >= s]
    for i in starts:
        if not right:
            j = e
        else:
            j = f.find(right, i + 1, e)
            if j < 0:
                continue
            while j > i and f[j - 1] in _ADVERBS:
                j -= 1
        if j > i:
            return i, j
    return None


def parallel_item(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The answer moved to the same place of the parallel item whose words the question prints; None when the
    answer is no short span, no other item of its sentence shares its frame, or the question's words do not point
    to the other item."""
    if info.qtype != "what":
        return None
    at = moved(best.sentence.folded, best.start, best.end, info.text)
    return best.narrowed(at[0], at[1], "parallel") if at else None


def moved(f: str, a0: int, a1: int, question: str) -> tuple[int, int] | None:
    """Where in the folded sentence `f` the parallel item the question points to holds the answer f[a0:a1]."""
    if not 0 < a1 - a0 <= _LONGEST:
        return None
    items = _items(f)
    own = next(((s, e) for s, e in items if s <= a0 and a1 <= e), None)
    if own is None:
        return None
    answer = f[a0:a1]
    frame = char_bigrams(f[own[0]:a0]) | char_bigrams(f[a1:own[1]])
    asked = char_bigrams(_WH.sub(" ", question))
    mine = frame & asked
    best: tuple[int, int, int] | None = None  # (margin, start, end)
    for s, e in items:
        if (s, e) == own or answer in f[s:e]:
            continue  # (an item naming the answer too is no parallel one: "A有B,B有A")
        at = _placed(f, s, e, f[own[0]:a0], f[a1:own[1]].lstrip(_ADVERBS))
        if at is None:
            continue
        i, j = at
        text = f[i:j]
        if j - i > _LONGEST or any(ch in PUNCT for ch in text) or text in question or text in f[own[0]:own[1]]:
            continue
        theirs = char_bigrams(f[s:i]) | char_bigrams(f[j:e])
        if len(theirs & frame) < _SHARED:
            continue  # the two items share no frame beyond the characters next to the answer
        theirs &= asked
        if mine - theirs:
            continue  # the answer's item prints words of the question the other lacks: it may be the one asked
        margin = len(theirs - mine)
        if margin > 0 and (best is None or margin > best[0]):
            best = (margin, i, j)
    return (best[1], best[2]) if best else None


def _placed(f: str, s: int, e: int, before: str, after: str) -> tuple[int, int] | None:
    """The span of f[s:e] in the place of the frame: after the last two characters before the answer and before the
    first two after it, else one of either (an item's edge matches an empty side)."""
    for k, m in ((_ANCHOR, _ANCHOR), (_ANCHOR, 1), (1, _ANCHOR), (1, 1)):
        left, right = before[-k:], after[:m]
        if not left and not right:
            return None  # the answer is its whole item: no frame to place it by
        at = _place(f, s, e, left, right)
        if at is not None:
            return at
    return None
