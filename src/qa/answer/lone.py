"""A place's first character that jieba cut off as a word of its own: "在添|马政府总部举行" — after the locative
preposition the question keeps before its question word ("记者会在|哪里|举行"), the one character left between
the preposition and the place is no verb (a verb there would take the place as its object, and 在 takes none), so
it begins the place's name."""

from __future__ import annotations

from ..lexicon import FUNCTION_CHARS
from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger

_LOCATIVES = ("在", "于")
_PREPOSITIONS = frozenset("由自以到往朝经随沿离距与跟同比")  # "起源于由…": a preposition opens no name


def lone_first(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The where-answer widened over the lone character jieba cut off its front, or None."""
    f = best.sentence.folded
    if info.qtype != "where" or best.type not in ("place", "org") or best.start < 2 \
            or not info.left.endswith(_LOCATIVES) or f[best.start - 2] not in _LOCATIVES:
        return None
    lone = f[best.start - 1]
    if lone in FUNCTION_CHARS or lone in _PREPOSITIONS or not ("\u4e00" <= lone <= "\u9fff"):
        return None
    words = pos(f[best.start - 2:best.end])
    if len(words) < 3 or words[0][0] not in _LOCATIVES or words[1][0] != lone:
        return None  # jieba read the character with the preposition or with the name: nothing was cut off
    start = best.start - 1
    return best.narrowed(start, best.end, "lone")
