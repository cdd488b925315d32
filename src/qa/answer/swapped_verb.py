"""A where-question's motion verb that the sentence prints as a locative preposition: "…要买糖、咖啡可以去|哪边?" ↔
"…的东德人,可以在|外汇商店|购买西方及出口级别的东德物品".

The left anchor is looked up by its suffix, "可以去", which the sentence does not print: the slot aligns elsewhere and
the typed places and bodies of the sentence answer (国家银行, where the account is held). The question's words before
its verb ("可以") followed by the sentence's own 在/到/去/往/于 put the place right after them: the run of nouns
there, up to the verb that follows it, is a place candidate (2–8 characters, not the question's words)."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import Span, offsets

_MOTION = "去到往"  # the question's verb before its question word
_LOCATIVE = "在到去往于"  # what the sentence may print in its place
_STEM = 2  # characters of the question before its verb that must stand before the sentence's preposition
_SHORTEST, _LONGEST = 2, 8


def place_after_swapped(folded: str, pos: Sequence[tuple[str, str]], left: str, question: str) -> list[Span]:
    """The noun runs right after "<stem><locative>" of the sentence, the stem being the question's words before
    its motion verb; [] when the question's left side ends otherwise."""
    left = left.rstrip()
    if len(left) < _STEM + 1 or left[-1] not in _MOTION:
        return []
    stem = left[-1 - _STEM:-1]
    words = offsets(pos)
    starts = {a: i for i, (a, _b, _w, _f) in enumerate(words)}
    out = []
    for p in _LOCATIVE:
        at = folded.find(stem + p)
        if at < 0 or stem + p == left[-1 - _STEM:]:
            continue  # (the question's own words: the slot aligns there already)
        i = starts.get(at + _STEM + 1)
        if i is None:
            continue
        j = i
        while j < len(words) and words[j][3].startswith(("n", "j")):
            j += 1
        if j == i or j >= len(words) or not words[j][3].startswith("v"):
            continue  # no noun run, or none a verb closes ("可以在|外汇商店|购买")
        a, b = words[i][0], words[j - 1][1]
        if _SHORTEST <= b - a <= _LONGEST and folded[a:b] not in question:
            out.append(Span(a, b, "place", "place"))
    return out
