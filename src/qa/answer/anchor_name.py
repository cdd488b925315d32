"""A left anchor matched only on the head of a name: "《郑州日报》是|哪天|创刊的" ↔ "《大同日报》1949年5月5日创刊号"
matches "日报》" and "创刊", so the slot holds the other paper's date. Where both the question and the sentence
print a word of their own right before the matched part (郑州|日报 against 大同|日报), the anchor is the head of two
different organisations' names, and the slot is another organisation's, not the one asked."""

from __future__ import annotations

from ..lexicon import FUNCTION_CHARS, ORG_SUFFIXES
from .slots import Slot

# the head of an organisation's name, two characters or more (日报, 大学, 医院): one-character heads (会, 部, 队)
# end too many ordinary words
_HEADS = tuple(h for h in ORG_SUFFIXES if len(h) >= 2)


def _word_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" and c not in FUNCTION_CHARS


def other_name_anchor(folded: str, slot: Slot, left: str) -> bool:
    """True when the slot's left anchor begins with an organisation's head noun inside a name in both texts, with
    different characters before it: the head of two names ("郑州|日报》" ↔ "大同|日报》")."""
    if slot.left <= 0 or slot.left_end < 0 or slot.left_found < 2:
        return False
    start = slot.left_end - slot.left_found
    matched = folded[start:slot.left_end]
    i = left.rfind(matched)
    if start <= 0 or i <= 0 or not matched.startswith(_HEADS):
        return False
    mine, theirs = left[i - 1], folded[start - 1]
    # one character before is enough to tell: 州 ≠ 同; a character both print (中国|女排 ↔ 该中国|女排) is no cut
    return _word_char(mine) and _word_char(theirs) and mine != theirs and left[max(0, i - 2):i] not in folded
