"""A city printed by its bare name, which jieba tags as a common noun, a term or an abbreviation: 信阳/n, 金华/nz,
通化市/j (its dictionary knows 信阳市 as a place). For a city asked ("哪个城市"), each word the dictionary knows
with 市 after it as a place (or that is such a word itself, tagged otherwise) is offered as a place; the
features choose among them."""

from __future__ import annotations

from collections.abc import Sequence

from ..tokenize import main_word_tag
from .spans import Span, offsets

_CITY_TAGS = ("ns", "n", "j")  # the tags jieba's dictionary gives 信阳市 (ns), 周口市 (n), 高邮市 (j)
_OTHER_TAGS = ("n", "nz", "j", "nr", "nrt", "t", "v")  # a place tagged ns is a place already


def bare_cities(pos: Sequence[tuple[str, str]], question: str) -> list[Span]:
    """The words of the tagged sentence that name a city jieba did not tag as a place, none the question prints."""
    out = []
    for a, b, w, flag in offsets(pos):
        if flag not in _OTHER_TAGS or not 2 <= len(w) <= 5 or w in question or not w.isalpha():
            continue
        city = w if w.endswith("市") and len(w) >= 3 else w + "市"
        if main_word_tag(city) in _CITY_TAGS and (city != w or flag != "n"):
            # (a word ending in 市 tagged n is a place by its suffix already: typed.places keeps it)
            out.append(Span(a, b, "place", "place"))
    return out
