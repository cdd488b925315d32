"""The pieces of a name jieba cut off its edges: a chosen person or place that stops one piece short of the
name as printed. jieba's dictionary and HMM cut transliterated and rare names at odd places and leave the piece
as a word of its own: a bound morpheme ("尼葛洛庞|帝/j|与", "朱文|圭/j|亦", "川本芳|昭/vg|认为", "霍尔|兹/rg|("),
a further run of transliteration ("阿卡狄|乌斯/ns|念", "莱茵|鲁尔/nr|的", "加尔米施-帕滕|基兴/a|附近"), a one-character
name piece before it ("斐/j|迪南二世", "圣/j|奥古斯丁"). The answer takes the piece in when the name ends right after
it (punctuation, a preposition, a verb, an adverb, a conjunction, a particle, a locative)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import PUNCT, TRANSLIT_CHARS, all_han
from ..types import Candidate
from .names import NAME_DOTS
from .spans import offsets

Tagger = Callable[[str], list[tuple[str, str]]]
Word = tuple[int, int, str, str]

_NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nz"))
_ENDS_NAME = ("p", "v", "d", "c", "u", "f", "x", "y")  # a word after a name that is no part of it
def _bound(flag: str) -> bool:
    """A morpheme tag (ng, vg, zg, rg, ag …) or an abbreviation (j): a character jieba found no word for."""
    return flag == "j" or (len(flag) == 2 and flag.endswith("g"))


_ELDER_YOUNGER = frozenset(("小", "老"))  # 小布什, 老布什; 小马科斯, 老马科斯
_GLUED_AFTER = frozenset("是在和与也")  # one-character words jieba glues a name's last character to


def _ends_nrt(words: Sequence[Word], end: int) -> bool:
    """The chosen span ends on a word jieba tagged a transliterated name (nrt), whatever its characters."""
    return any(w[1] == end and w[3] == "nrt" for w in words)


def _translit(text: str) -> bool:
    return len(text) >= 2 and all(c in TRANSLIT_CHARS or c in NAME_DOTS or c == "-" for c in text)


def _ends_here(words: Sequence[Word], k: int) -> bool:
    """The name may end before words[k]: the sentence ends, or punctuation or a function word or verb follows."""
    if k >= len(words):
        return True
    w, flag = words[k][2], words[k][3]
    return w[0] in PUNCT or w.isspace() or flag[:1] in _ENDS_NAME


def name_edges(best: Candidate, pos: Tagger) -> Candidate:
    """`best` widened over the name pieces jieba cut off its edges (one on each side at most)."""
    f = best.sentence.folded
    words = offsets(pos(f))
    at_end = next((k for k, w in enumerate(words) if w[0] == best.end), None)
    ends_on_name = any(w[1] == best.end and (w[3] in _NAME_TAGS or _bound(w[3])) for w in words)
    text = f[best.start:best.end]
    start, end = best.start, best.end
    if at_end is not None and ends_on_name:
        a, b, w, flag = words[at_end]
        foreign = _translit(text) and all(c in TRANSLIT_CHARS for c in w)
        piece = all_han(w) and ((len(w) == 1 and _bound(flag))
                             or (len(w) <= 3 and foreign and (flag in _NAME_TAGS | {"a", "j"} or _bound(flag))))
        if piece and _ends_here(words, at_end + 1):
            end = b
        elif len(w) == 1 and foreign and flag == "v" and at_end + 1 < len(words) \
                and words[at_end + 1][3][:1] in ("v", "p") and len(words[at_end + 1][2]) >= 2:
            end = b  # "汤·韦迪|加/v|作为": a transliteration's last character read as a verb before the verb
        elif (_translit(text) or _ends_nrt(words, best.end)) and w[0] in TRANSLIT_CHARS and (
                (len(w) == 1 and flag == "v" and at_end + 1 < len(words) and words[at_end + 1][2][0] in PUNCT)
                or (len(w) == 2 and w[1] in _GLUED_AFTER)):
            # "卡内|达/v|,": the last character read as a verb before punctuation; "斯卢茨|基是/n": jieba glued
            # the last character to the copula or conjunction after the name
            end = a + 1
    at_start = next((k for k, w in enumerate(words) if w[1] == best.start), None)
    if at_start is not None:
        a, b, w, flag = words[at_start]
        if all_han(w) and ((len(w) == 1 and (_bound(flag) or flag in ("nr", "nrt") or (flag in _NAME_TAGS
                                                                                 and _translit(text))))
                        or (2 <= len(w) <= 3 and flag in ("nr", "nrt") and all(c in TRANSLIT_CHARS for c in w)
                            and best.type == "place")):
            # "斐/j|迪南二世", "羽/nr|柴秀吉" (a surname jieba left alone), "卡拉/nrt|恰伊湖" (a place's first part)
            start = a
        elif w in _ELDER_YOUNGER and best.type == "person" and _translit(text):
            # "小/a|马科斯" (the son), "老/a|布什" (the father): the word that tells a foreign father and son of the
            # same name apart, printed as part of the name
            start = a
    return best if (start, end) == (best.start, best.end) else best.narrowed(start, end, "edges")
