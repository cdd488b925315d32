"""A transliterated place's name jieba cut into pieces it tagged apart, a place piece and a person piece:
"巴拉马/ns|利波/nr" (巴拉马利波, Paramaribo), "阿内/nrt|加达岛/ns" (阿内加达岛, Anegada). Each piece alone was
offered (利波, 加达岛), a wrong span of the right sentence. The pieces are one place when they are glued, every
character of the name part a transliteration's, and the piece jieba typed a person or the place piece is one its
dictionary does not know (a guess of its HMM): a person named after a country ("美国|布朗") is a word the dictionary
knows, and a country before its city ("义大利|拉温纳") is a country.

Taiwan's and Hong Kong's transliterations use characters the table lacks (尚比亞, 坦尚尼亞, 蒙特內哥羅, 科龍港), and
jieba reads such a character as a word of its own ("尚/d|比亚/ns", "科/n|龙港/ns", "坦尚/n|尼亚/ns"): a run of glued
pieces of transliteration characters (these included) holding a place piece and a fragment (one character, or a
piece the dictionary does not know) is one place."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import COUNTRIES, PLACE_SUFFIXES, TRANSLIT_CHARS
from .spans import Freq, Span

Word = tuple[int, int, str, str]

_PERSON_TAGS = frozenset(("nr", "nrt"))

# characters of Taiwan's and Hong Kong's transliterations the table lacks (folded: 內 → 内, 龍 → 龙): 坦尚尼亚,
# 蒙特内哥罗, 塞内加尔, 科龙, 喀麦隆, 摩洛哥, 墨西哥, 瓜地马拉
_MORE = frozenset("尚内哥龙喀隆摩墨瓜")
_CHARS = TRANSLIT_CHARS | _MORE
# a preposition, conjunction, particle, pronoun, numeral or classifier is no piece of a name ("比/p|德克萨斯州":
# "than Texas"); an adverb may be (尚/d)
_FUNCTION_TAGS = frozenset("pcurmq")
# a place's kind, one character, closing the place piece ("龙港", "加达岛")
_KIND_ENDS = tuple(s for s in PLACE_SUFFIXES if len(s) == 1)


def _translit(word: str) -> bool:
    return len(word) >= 2 and all(c in _CHARS for c in word)


def _name_chars(word: str, place: bool) -> bool:
    """Whether a piece is made of transliteration characters; a place piece may close with its kind (龙港)."""
    body = word[:-1] if place and len(word) >= 2 and word.endswith(_KIND_ENDS) else word
    return bool(body) and all(c in _CHARS for c in body)


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
    return out + _cut_runs(words, freq)


def _cut_runs(words: Sequence[Word], freq: Freq) -> list[Span]:
    """Glued pieces of transliteration characters, a place piece (ns, two characters or more) among them and a
    fragment (one character, a piece the dictionary does not know, or one holding a character the table lacks, which
    the dictionary knows as another word: "蒙特/ns|内哥罗/nrt"): one place ("尚/d|比亚/ns", "科/n|龙港/ns").
    No piece is a country: "义大利|拉温纳" is a country and its city."""
    out = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (j == i or words[j][0] == words[j - 1][1]) \
                and _name_chars(words[j][2], words[j][3] == "ns") \
                and not (len(words[j][2]) == 1 and words[j][3][:1] in _FUNCTION_TAGS):
            j += 1
        run = words[i:j]
        if len(run) >= 2 and sum(len(w) for _a, _b, w, _f in run) >= 3 \
                and any(f == "ns" and len(w) >= 2 for _a, _b, w, f in run) \
                and any(len(w) == 1 or freq(w) == 0 or not _MORE.isdisjoint(w) for _a, _b, w, _f in run) \
                and not any(w in COUNTRIES for _a, _b, w, _f in run):
            out.append(Span(run[0][0], run[-1][1], "place", "place"))
        i = max(j, i + 1)
    return out
