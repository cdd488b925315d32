"""A name of three characters whose last character jieba glued to the title after it: "由|郑观/ns|陆先生/nr|担任首任
领事". jieba's dictionary holds a surname with 先生 or 女士 as one word (陆先生, 李先生: how a story names someone
again), so a full name printed before the title loses its last character to it, and the two characters left are
read as a place or a word; the answer was then "陆先生", someone else by name. Where the word before such a title
word is two Chinese characters opening with a surname that the dictionary does not hold, after a function word,
a verb or punctuation (where a name may start), the three characters are the person (names.persons)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import SURNAMES, all_han
from .spans import Freq, Span

_TITLES = ("先生", "女士")
_BEFORE_NAME = ("p", "v", "c", "x", "u")  # what a name may follow: 由, 请, 和, punctuation, 的


def names_glued_to_titles(words: Sequence[tuple[int, int, str, str]], freq: Freq) -> list[Span]:
    """The names whose last character jieba read with 先生/女士 (see the module)."""
    out: list[Span] = []
    for k in range(1, len(words)):
        a, b, w, _flag = words[k]
        if len(w) != 3 or not w.endswith(_TITLES) or not all_han(w[:1]):
            continue
        pa, pb, prev, _pflag = words[k - 1]
        if pb != a or len(prev) != 2 or prev[0] not in SURNAMES or not all_han(prev) or freq(prev) > 0:
            continue
        if k >= 2 and words[k - 2][3][:1] not in _BEFORE_NAME:
            continue
        out.append(Span(pa, a + 1, "person", "pos:nr"))
    return out
