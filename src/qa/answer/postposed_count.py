"""A count printed after the noun it counts: "可吸納務工人員50余人" answers "可吸纳多少务工人员", as news writes a
verb's object and then its number ("带动就业1000人", "接待游客30万人次"). The question's anchors then meet in the
sentence with no gap (the verb, then the noun), and the number right after the noun sits in the slot; a number
right before the verb's subject ("20個|大棚可吸納") counts the subject, not the thing asked."""

from __future__ import annotations

import re

from .slots import Slot

_COUNT_START = re.compile(r"[0-9０-９零一二两三四五六七八九十百千万数几近约逾超]")


def postposed_touch(slot: Slot, folded: str, start: int, end: int, touch: float) -> float:
    """The anchor touch of the span [start, end) for a number question, the count read after the noun asked
    when the sentence prints one there; `touch` unchanged otherwise."""
    if not (slot.left_found and slot.right_found and slot.right_start == slot.left_end):
        return touch
    after = slot.right_start + slot.right_found
    if not _COUNT_START.match(folded[after:after + 1]):
        return touch
    if 0 <= start - after <= 1:
        return 1.0
    if end <= slot.left_end - slot.left_found + 1:
        return 0.0  # fronted before the subject: it counts the subject ("20個大棚"), not the noun asked
    return touch
