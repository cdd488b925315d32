"""A which-question's one-character noun kept at the slot's end: "参加…会议|哪个|组的讨论" ↔ "参加…会议市直六|组的讨论"
is answered 市直六组, not 市直六.

After 哪个 (哪一个, 哪) the question names the kind asked with a noun of one character (组, 队, 班, 届): the right
anchor then opens with that noun, and the sentence prints it as the last character of the name asked. The slot,
which ends where the right anchor begins, leaves the noun out, and the name is cut (市直六). A longer noun asked
(茶园, 专刊) is a word of its own the name stands before and stays out; so does a single noun that ends a word of
the sentence with the name's last characters (kind_head.py reads 什么 + noun that way)."""

from __future__ import annotations

from dataclasses import replace

from .question import QuestionInfo
from .slots import Slot

_WHICH = ("哪个", "哪一个", "哪")
_SHORT = 8  # characters: a longer slot is a clause, not a name the noun ends
_FLAGS = ("n", "q")  # the noun's tag in the question: a noun or a measure word (组/q)


def unit_asked(info: QuestionInfo, pos: list[tuple[str, str]]) -> str:
    """The one-character noun right after the question word ("哪个|组|的讨论" → 组), or ""."""
    if info.qtype != "what" or info.wh_word not in _WHICH or not pos:
        return ""
    word, flag = pos[0]
    if len(word) != 1 or not "\u4e00" <= word <= "\u9fff" or not flag.startswith(_FLAGS):
        return ""
    return word


def with_unit(folded: str, slot: Slot, unit: str) -> Slot:
    """The slot run on over the noun asked when the right anchor opens right at its end with it (市直六 + 组)."""
    if not unit or slot.end <= slot.start or slot.end - slot.start > _SHORT or slot.right_start != slot.end:
        return slot
    if folded[slot.end:slot.end + 1] != unit or folded[slot.end - 1:slot.end] == unit:
        return slot
    return replace(slot, end=slot.end + 1)
