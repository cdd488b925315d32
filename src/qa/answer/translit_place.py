"""A transliterated place's name jieba cut into pieces it tagged apart, a place piece and a person piece:
"巴拉马/ns|利波/nr" (巴拉马利波, Paramaribo), "阿内/nrt|加达岛/ns" (阿内加达岛, Anegada). Each piece alone was
offered (利波, 加达岛), a wrong span of the right sentence. The pieces are one place when they are glued, every
character of the name part a transliteration's, and the piece jieba typed a person or the place piece is one its
dictionary does not know (a guess of its HMM): a person named after a country ("美国|布朗") is a word the dictionary
knows, and a country before its city ("义大利|拉温纳") is a country."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import COUNTRIES, TRANSLIT_CHARS
from .spans import Freq, Span

Word = tuple[int, int, str, str]

_PERSON_TAGS = frozenset(("nr", "nrt"))


def _translit(word: str) -> bool:
    return len(word) >= 2 and all(c in TRANSLIT_CHARS for c in word)


def translit_places(words: Sequence[Word], freq: Freq) -> list[Span]:
    """Places joined from a place piece and a person piece of one transliterated name (see the module)."""
    out = []
    for (a, b, w, flag), (c, d, w2, flag2) in zip(words, words[1:], strict=False):
        if b != c:
            continue
        if flag == "ns" and flag2 in _PERSON_TAGS and _translit(w) and _translit(w2) and w not in COUNTRIES \
                and freq(w2) == 0:
            out.append(Span(a, d, "place", "place"))  # "巴拉马/ns|利波/nr": the name's end read as a person's
        elif flag in _PERSON_TAGS and flag2 == "ns" and (_translit(w) or (flag == "nrt" and len(w) >= 2)) \
                and freq(w2) == 0 \
                and len(w2) >= 2 and w2[0] in TRANSLIT_CHARS:
            out.append(Span(a, d, "place", "place"))  # "阿内/nrt|加达岛/ns": the name's start read as a person's
    return out
