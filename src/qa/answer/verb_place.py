"""The place the question's verb governs. "法軍在8月中旬被普軍包圍於何處" ↔ "…萊茵軍團共17萬人,被普軍包圍於麥茨要塞":
the question prints its verb right before its question word (包圍於|何處), and the sentence's place right after that
verb is what it asks, not a place the tagger found elsewhere in the sentence (萊茵). So too with the verb right
after the question word ("哪一個國家|攻打塞爾維亞" ↔ "保加利亞…攻打塞爾維亞"): the place right before it, the doer.
A modifier may come between the verb and its place ("進攻|與俄羅斯接鄰的|南奧塞提亞自治區"): the place the 的-phrase
ends on is the object, the one inside it (俄羅斯) is not. The verb may keep its 到 ("受到|哪一國的威脅" ↔
"受到了納粹德國", the place right after it then), and a name printed twice is governed where either print is
("…土耳其裔的居民…,…偏袒|土耳其人": the second)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Candidate
from .question import QuestionInfo
from .spans import ITEMS_END, occurrences

_PREPS = "於于在至到往向入"  # a locative preposition after the verb ("包圍於", "遷至")
# what may stand between the verb and its place: a preposition, or one 的-phrase of one clause ("與俄羅斯接鄰的")
_AFTER_GAP = re.compile(r"[了]?[於于在至到往向入]?|[^\W\d_]{1,8}的")
_BEFORE_GAP = re.compile(r"[所曾已也便就都则則再又]?")  # what may stand between the doer and the verb
_KINDS = frozenset(("place", "org", "slot"))  # a slot: the words right after the question's own left anchor
_LINKS = "的为是在于与和及了地"  # a question's words after its question word that open no verb ("哪個城市|為中心")
_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
_NOT_VERB = frozenset(("的是", "是在", "位于", "位在", "属于", "来自", "来源", "发源", "起源", "就读", "效力", "出生",
                       "生于", "诞生"))  # verbs of being or origin: the place after them is read by other rules


def _verbs(info: QuestionInfo) -> tuple[tuple[str, ...], str]:
    """The two-character verbs the question prints right before its question word (a preposition after it
    dropped, 包圍|於, and kept, 受到: the kept one last) and the one right after it ("" when there is none)."""
    whole = info.left.rstrip().removesuffix("了")
    left = whole
    if left and left[-1] in _PREPS and left[-1] != "在":  # (X在|哪裡: 在 opens the place asked, after no verb)
        left = left[:-1]
    befores = tuple(dict.fromkeys(w for w in (left[-2:], whole[-2:] if whole != left else "")
                                  if _WORD.fullmatch(w) and w not in _NOT_VERB))
    # (not after a preposition: "在哪邊|舉行" asks where, the name before 舉行 is the event's)
    after = info.right[:2] if _WORD.fullmatch(info.right[:2]) and info.right[:1] not in _LINKS \
        and not info.left.rstrip().endswith(tuple(_PREPS + "从由自")) else ""
    return befores, ("" if after in _NOT_VERB else after)


def _prints(c: Candidate) -> list[int]:
    """Where the candidate's name is printed in its sentence: its own place first, then its other prints (a place
    scored once, at its first print, may be the verb's object at another)."""
    f, name = c.sentence.folded, c.sentence.folded[c.start:c.end]
    if c.type == "slot" or not name:
        return [c.start]
    others = [at for at in occurrences(f, name) if at != c.start]
    return [c.start] + others


def _governed_at(c: Candidate, start: int, befores: Sequence[str], after: str) -> bool:
    """The candidate, printed at `start`, stands right after one of `befores` (a preposition or one 的-phrase
    between; only 了 after a verb ending in its preposition, 受到) or right before `after` in its sentence. An
    untyped slot only right after the verb's preposition, up to a clause's end ("包圍於|麥茨要塞;"): a slot elsewhere
    runs on past the place."""
    f = c.sentence.folded
    end = start + c.end - c.start
    slot = c.type == "slot"
    if slot and (c.end < len(f) and f[c.end] not in ITEMS_END):
        return False
    for before in befores:
        at = f.find(before)
        while 0 <= at < start:
            gap = f[at + len(before):start]
            kept_prep = before[-1] in _PREPS  # (受到|了納粹德國: the 的-phrase reach is the bare verb's)
            if (gap in ("", "了") if kept_prep else _AFTER_GAP.fullmatch(gap)) \
                    and not (slot and (len(gap) != 1 or gap not in _PREPS)):
                return True
            at = f.find(before, at + 1)
    if after and not slot:
        at = f.find(after, end)
        if at >= 0 and _BEFORE_GAP.fullmatch(f[end:at]):
            return True
    return False


def _governed(c: Candidate, befores: Sequence[str], after: str) -> int | None:
    """Where the candidate's name is printed governed by the question's verb, or None."""
    return next((at for at in _prints(c) if _governed_at(c, at, befores, after)), None)


def verb_place_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first place of the best's sentence that the question's verb governs moved to
    the front, when the best place is not governed by it."""
    kept = list(kept)
    if info.qtype != "where" or not kept:
        return kept
    befores, after = _verbs(info)
    best = kept[0]
    f = best.sentence.folded
    befores = tuple(b for b in befores if b in f)
    after = after if after and after in f else ""
    if not (befores or after) or _governed(best, befores, after) is not None:
        return kept
    for c in kept[1:]:
        at = _governed(c, befores, after) if c.sentence.id == best.sentence.id and c.type in _KINDS else None
        if at is not None and c.text.strip() and not re.search(r"[\d,，。;；、]", c.text):
            # (the best inside it is the same place told shorter: "定都於|漢地大都" ↔ 大都)
            if c.start <= best.start and best.end <= c.end:
                return kept
            moved = c if at == c.start else replace(c, text=c.sentence.text[at:at + c.end - c.start],
                                                   start=at, end=at + c.end - c.start)
            return [moved] + [x for x in kept if x is not c]
    return kept
