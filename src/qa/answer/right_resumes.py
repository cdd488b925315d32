"""An open slot cut where the question's own words resume: "有些细菌…会利用什么方式|来交换基因" ↔ "…透过|接合|来在
细胞之间转换基因" is answered 接合, not "接合来在细胞之间转换基因".

A slot the left anchor alone opens runs to the clause's end (slots.py): the right anchor was not found whole, the
sentence saying the rest in its own words. Yet the answer still ends where the sentence takes up the question's
right side again — a bigram of it ("病态赌徒|有自杀的倾向" for "哪种人|拥有自杀的倾向"), or the connective that opens
it after the noun asked ("系统|来做为" ↔ "维基媒体|来进行", "什么东西|去对付" ↔ "狮子外型|去威吓大象"). The cut must
fall between two words, two characters at least into the slot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .slots import Slot
from .spans import char_bigrams, offsets, trim

# connectives that open a purpose or a consequence after the thing asked ("用什么方式|来…", "用什么东西|去…")
_CONNECTIVES = "来去而"


def _noun(flag: str) -> bool:
    return flag.startswith("n") or flag == "vn"


def resumed_at(folded: str, slot: Slot, right: str, noun: str = "") -> int:
    """Where in an open slot the question's right side after the noun asked (`noun`) resumes (a bigram of it, or
    its opening connective), or -1 when it does not, or not two characters into the slot. The noun itself may end
    the answer ("普选|制度" for "哪一种选举制度"), so it cuts nothing."""
    side = right[len(noun):] if right.startswith(noun) else right
    side = side.strip(" ?？")
    if not slot.left or slot.right or slot.end - slot.start < 4 or len(side) < 2:
        return -1
    grams = char_bigrams(side)
    lead = side[0] in _CONNECTIVES
    for at in range(slot.start + 2, slot.end - 1):
        if folded[at:at + 2] in grams or (lead and folded[at] == side[0]):
            return at
    return -1


def asked_noun(right: str, pos: Sequence[tuple[str, str]]) -> str:
    """The nouns the question's right side opens with (the noun asked: "什么|方式|来交换基因" → 方式)."""
    out = ""
    for word, flag in pos:
        if not _noun(flag):
            break
        out += word
    return out if right.startswith(out) else ""


def cut_where_resumed(folded: str, slot: Slot, right: str, noun: str, pos: Sequence[tuple[str, str]]) -> Slot:
    """The slot ended where the question's right side resumes, when that falls between two words (`pos`, the
    sentence's tags)."""
    at = resumed_at(folded, slot, right, noun)
    if at < 0 or not any(a == at and not _noun(flag) for a, _b, _w, flag in offsets(pos)):
        return slot  # a noun at the cut is the answer's own ("…的生殖|细胞", "天然|矿泉"): no resumed predicate
    start, end = trim(folded, slot.start, at)
    return replace(slot, end=end) if end - start >= 2 and start == slot.start else slot
