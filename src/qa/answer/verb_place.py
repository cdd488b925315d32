"""The place the question's verb governs. "法軍在8月中旬被普軍包圍於何處" ↔ "…萊茵軍團共17萬人,被普軍包圍於麥茨要塞":
the question prints its verb right before its question word (包圍於|何處), and the sentence's place right after that
verb is what it asks, not a place the tagger found elsewhere in the sentence (萊茵). So too with the verb right
after the question word ("哪一個國家|攻打塞爾維亞" ↔ "保加利亞…攻打塞爾維亞"): the place right before it, the doer.
A modifier may come between the verb and its place ("進攻|與俄羅斯接鄰的|南奧塞提亞自治區"): the place the 的-phrase
ends on is the object, the one inside it (俄羅斯) is not."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import ITEMS_END

_PREPS = "於于在至到往向入"  # a locative preposition after the verb ("包圍於", "遷至")
# what may stand between the verb and its place: a preposition, or one 的-phrase of one clause ("與俄羅斯接鄰的")
_AFTER_GAP = re.compile(r"[了]?[於于在至到往向入]?|[^\W\d_]{1,8}的")
_BEFORE_GAP = re.compile(r"[所曾已也便就都则則再又]?")  # what may stand between the doer and the verb
_KINDS = frozenset(("place", "org", "slot"))  # a slot: the words right after the question's own left anchor
_LINKS = "的为是在于与和及了地"  # a question's words after its question word that open no verb ("哪個城市|為中心")
_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
_NOT_VERB = frozenset(("的是", "是在", "位于", "位在", "属于", "来自", "来源", "发源", "起源", "就读", "效力", "出生",
                       "生于", "诞生"))  # verbs of being or origin: the place after them is read by other rules


def _verbs(info: QuestionInfo) -> tuple[str, str]:
    """The two-character verb the question prints right before its question word (a preposition after it
    dropped) and the one right after it ("" when there is none)."""
    left = info.left.rstrip().removesuffix("了")
    if left and left[-1] in _PREPS and left[-1] != "在":  # (X在|哪裡: 在 opens the place asked, after no verb)
        left = left[:-1]
    before = left[-2:] if _WORD.fullmatch(left[-2:]) else ""
    # (not after a preposition: "在哪邊|舉行" asks where, the name before 舉行 is the event's)
    after = info.right[:2] if _WORD.fullmatch(info.right[:2]) and info.right[:1] not in _LINKS \
        and not info.left.rstrip().endswith(tuple(_PREPS + "从由自")) else ""
    return ("" if before in _NOT_VERB else before), ("" if after in _NOT_VERB else after)


def _governed(c: Candidate, before: str, after: str) -> bool:
    """The candidate stands right after `before` (a preposition or one 的-phrase between) or right before `after`
    in its sentence. An untyped slot only right after the verb's preposition, up to a clause's end ("包圍於|麥茨要塞;"):
    a slot elsewhere runs on past the place."""
    f = c.sentence.folded
    slot = c.type == "slot"
    if slot and (c.end < len(f) and f[c.end] not in ITEMS_END):
        return False
    if before:
        at = f.find(before)
        while 0 <= at < c.start:
            gap = f[at + len(before):c.start]
            if _AFTER_GAP.fullmatch(gap) and not (slot and (len(gap) != 1 or gap not in _PREPS)):
                return True
            at = f.find(before, at + 1)
    if after and not slot:
        at = f.find(after, c.end)
        if at >= 0 and _BEFORE_GAP.fullmatch(f[c.end:at]):
            return True
    return False


def verb_place_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first place of the best's sentence that the question's verb governs moved to
    the front, when the best place is not governed by it."""
    kept = list(kept)
    if info.qtype != "where" or not kept:
        return kept
    before, after = _verbs(info)
    best = kept[0]
    f = best.sentence.folded
    before = before if before and before in f else ""
    after = after if after and after in f else ""
    if not (before or after) or _governed(best, before, after):
        return kept
    for c in kept[1:]:
        if c.sentence.id == best.sentence.id and c.type in _KINDS and _governed(c, before, after) \
                and c.text.strip() and not re.search(r"[\d,，。;；、]", c.text):
            # (the best inside it is the same place told shorter: "定都於|漢地大都" ↔ 大都)
            return kept if c.start <= best.start and best.end <= c.end else to_front(kept, c)
    return kept
