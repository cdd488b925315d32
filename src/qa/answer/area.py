""""哪一带的楼宇租金较为便宜" ↔ "祐漢一帶由於…": the place a sentence names as the area around it (X一带), whatever
jieba made of X (祐|汉)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .spans import Span, offsets

# words that end the run before 一带: a verb, a preposition, a conjunction, a particle, a pronoun, a number
_STOP = ("v", "p", "c", "u", "d", "r", "m", "q", "x", "f")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def areas(pos: Sequence[tuple[str, str]]) -> list[Span]:
    """The two to four characters right before each 一带 that are no verb or function word."""
    words = offsets(pos)
    out = []
    for i, (a, _b, w, _flag) in enumerate(words):
        if w != "一带":
            continue
        j = i
        while j > 0 and a - words[j - 1][0] <= 4 and not words[j - 1][3].startswith(_STOP) \
                and _HAN.fullmatch(words[j - 1][2]):
            j -= 1
        if a - words[j][0] >= 2 and j < i:
            out.append(Span(words[j][0], a, "place", "place"))
    return out
