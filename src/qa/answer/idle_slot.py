"""An idle slot: the anchors of an untyped question close in only function words ("…,|并且|主要的能量来源是…" for
"重力收缩是什么东西的主要能量来源"; "…塢堡|大多由|世族豪強建立"), so the question's words matched a paraphrase in
the wrong place and the slot names nothing. It is no answer; the sentence is kept (and its gap read) instead."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import offsets

# jieba's adverbs (d, dg), conjunctions, prepositions, particles (uj, ul, …), pronouns (r, rr, rz …); modal
# particles, interjections, onomatopoeia by their whole tag ("e" is no prefix: "eng" is a Latin word)
_IDLE_PREFIXES = ("d", "c", "p", "u", "r")
_IDLE_TAGS = frozenset(("y", "e", "o"))


def idle_slot(pos: Sequence[tuple[str, str]], start: int, end: int) -> bool:
    """Every word of [start, end) of the tagged sentence is a function word (a word cut by an edge counts)."""
    words = [flag for a, b, _w, flag in offsets(pos) if a < end and b > start]
    return bool(words) and all(flag in _IDLE_TAGS or flag.startswith(_IDLE_PREFIXES) for flag in words)
