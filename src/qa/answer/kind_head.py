"""A kind asked with its noun: "崎山公园|什么|花开了" ↔ "崎山公园的樱|花开了" is answered 樱花, not 樱.

The question word 什么 before a noun asks which kind of that thing; the sentence names the kind with the noun, in one
word (樱花, 桃花, 油菜花). The slot between the anchors then ends inside that word, the noun taken by the right
anchor: the answer runs on to the word's end."""

from __future__ import annotations

from dataclasses import replace

from ..tokenize import main_word_freq
from .slots import Slot


def kind_with_head(folded: str, slot: Slot, right: str) -> Slot:
    """The slot run on over the noun after 什么 when the two make one word in the sentence (樱 + 花)."""
    head = right[:1]
    if slot.end <= slot.start or slot.end - slot.start > 3 or not head or not "\u4e00" <= head <= "\u9fff":
        return slot
    if folded[slot.end:slot.end + 1] != head or main_word_freq(folded[slot.start:slot.end + 1]) == 0:
        return slot
    return replace(slot, end=slot.end + 1)
