"""A post asked of one owner ("法军的总参谋长") held, in the sentence found, by someone printed with the bare post in
a clause about another owner of the same kind ("普军亦集结了三个军团,…,毛奇为总参谋长"): the sentence never names
the asked owner and names, before the holder, a word of the asked owner's length and last character (普军 for
法军, 美军 for 英军, 南队 for 北队) — the holder is the other one's, not the asked one's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import POST_MODIFIERS
from .people import Titled, post_ending

_HAN = re.compile(r"[\u4e00-\u9fff]{2,3}")


def asked_owner_of(held: str) -> str:
    """The owner a short post asked names before its post word ("法军的总参谋长" → 法军), or ""."""
    role = post_ending(held)
    owner = held[: len(held) - len(role)] if role else ""
    while owner.endswith(POST_MODIFIERS):
        owner = owner[: -len(next(m for m in POST_MODIFIERS if owner.endswith(m)))]
    owner = owner.rstrip("的")
    return owner if _HAN.fullmatch(owner) else ""


def owned_by_other(held: str, holder: Titled, words: Sequence[tuple[str, str]]) -> bool:
    """True when the holder's sentence leaves out the asked owner and names another of its kind before him."""
    owner = asked_owner_of(held)
    f = holder.sentence.folded
    if not owner or owner in f or any(owner in p for p in holder.posts):
        return False
    at = 0
    for w, _tag in words:
        if at >= holder.name[0]:
            break
        if w != owner and len(w) == len(owner) and w[-1] == owner[-1] and _HAN.fullmatch(w):
            return True
        at += len(w)
    return False
