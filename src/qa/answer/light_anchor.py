"""A who-slot whose left anchor is one light character: "瑞士报章《Blick》曾经将|哪一个人|的照片误当为金正恩…" ↔
"…便张冠李戴地误将|艺声|的照片当成是金正恩的照片…".

The slot aligner looks a left anchor up by its suffix of two characters or more, so "将" alone is never found, and the
slot runs from the clause's start to the right anchor ("一家瑞士小型报章《blick》便张冠李戴地误将艺声"): too long for an
untyped name, and the typed spans in it (张冠李戴, an idiom jieba tags nr) answer instead. The question's own marker
(将/把/被/给/对/向/让/替), found last in the slot, says where the person starts; the right anchor where it ends. A name
jieba does not tag a person's (艺声/n) is then a candidate: two to four Chinese characters, all nouns as tagged, not the
question's own words."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import all_han
from .spans import Span, offsets

# one-character markers before the person a clause acts on, through or for
_MARKERS = frozenset("将把被给对向让替")
_NOUNS = ("n", "eng")  # jieba's noun tags (nr, ns, nz, …): a name it misread is tagged one of them


def name_after_marker(folded: str, pos: Sequence[tuple[str, str]], start: int, end: int, left: str,
                      question: str) -> Span | None:
    """The name between the question's one-character left marker, last found in the slot [start, end), and the
    slot's end at the right anchor; None when the question's left side ends otherwise or no such name is there."""
    left = left.rstrip()
    if not left or left[-1] not in _MARKERS:
        return None
    at = folded.rfind(left[-1], start, end)
    if at < 0:
        return None
    a = at + 1
    name = folded[a:end]
    if not 2 <= len(name) <= 4 or not all_han(name) or name in question:
        return None
    words = [(x, y, flag) for x, y, _w, flag in offsets(pos) if x < end and y > a]
    if not words or words[0][0] != a or words[-1][1] != end or not all(f.startswith(_NOUNS) for _x, _y, f in words):
        return None  # the marker inside a word, or a verb, an adverb between it and the anchor
    return Span(a, end, "person", "pos:nr")
