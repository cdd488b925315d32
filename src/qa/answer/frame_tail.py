"""A slot opening with a lone locative or particle ("|之补助", "|中的球面角是用…", "|上都已经成了…", "鼎盛|后|"): the
left anchor ended inside a frame whose noun stands before it ("在非欧几里得几何|中", "在实值意义|上", "前半小时免费|
之补助"), so the slot starts with the frame's closing word and holds what the sentence says next, not the thing
asked. Like an idle slot (idle_slot.py) it is no answer; the sentence and its gap are read instead."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import CJK
from .spans import offsets

# jieba's locatives (f) and the particles 之/的 (uj, u): one character closing a frame or a modifier
_CLOSERS = ("f", "u")


def frame_tail(pos: Sequence[tuple[str, str]], start: int, end: int) -> bool:
    """The first word of [start, end) of the tagged sentence is one character tagged a locative or a particle,
    opening the slot exactly (a word cut by the slot's start is not read) right after a Chinese character, the
    frame's noun: after a bracket or a stop it opens a name ("《|中俄密约》", jieba's 中/f)."""
    words = offsets(pos)
    first = next(((a, b, flag) for a, b, _w, flag in words if b > start), None)
    if first is None or first[0] != start or first[1] - first[0] != 1 or not first[2].startswith(_CLOSERS):
        return False
    before = "".join(w for w, _f in pos)[start - 1:start]
    return bool(before) and CJK.match(before) is not None
