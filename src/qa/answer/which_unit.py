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
_NAME_WITHIN = 6  # characters from the slot's start where a name ending in the noun asked may end
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


def unit_before_de(info: QuestionInfo) -> str:
    """The one character between 哪 and 的 ("哪|派|的风格": jieba tags 派 a verb there), or ""."""
    if info.qtype != "what" or info.wh_word not in _WHICH or info.right[1:2] != "的" \
            or not "\u4e00" <= info.right[:1] <= "\u9fff":
        return ""
    return info.right[0]


def to_unit(folded: str, slot: Slot, unit: str) -> Slot:
    """An open slot (the left anchor alone) that runs past a name ending in the noun asked, within its first six
    characters, cut after that noun: "吸收|牛派稳健大方、委婉缠绵…风格" for 哪派的风格 → 牛派. The words after it
    describe the thing the name names, they are no part of the name."""
    if not unit or slot.right or slot.end - slot.start <= _SHORT:
        return slot
    at = folded.find(unit, slot.start + 1, slot.start + _NAME_WITHIN)
    if at < 0 or not all("\u4e00" <= c <= "\u9fff" for c in folded[slot.start:at + 1]):
        return slot
    return replace(slot, end=at + 1)
