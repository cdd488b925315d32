"""A state named by its kind after its name, the name a word jieba tagged a person's or a noun: "土尔扈特/nrt|王国/ns",
"清/a|帝国/n" (DRCD 1167-2: 被后金,俄罗斯和清帝国灭). jieba tags the kind a place (王国/ns) or nothing, so the
state offered was the kind alone (王国) or none; the name and its kind are one place. ns names before a kind are
joined already (蒙古|王国, a run of place words in `typed.places`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import all_han
from .spans import Span

Word = tuple[int, int, str, str]

# the kinds of a state printed after its name
POLITY_KINDS = frozenset(("王国", "帝国", "公国", "侯国", "汗国", "王朝", "共和国", "酋长国", "苏丹国", "大公国"))
# not nr: a name jieba's dictionary takes for a person's before 帝国 is as often the empire of a person or a brand
# ("拜占庭/nr|帝国" is named in the question as 东罗马, DRCD 3213-45); nrt, its guess of a transliteration, is a name
_NAME_TAGS = frozenset(("nrt", "nrfg", "nz", "n", "j"))
_PERSON_TAGS = frozenset(("nr", "nrt", "nrfg"))
# dynasties named by one character ("清|帝国", "唐|王朝"), whatever jieba tags the character
_DYNASTIES = frozenset("夏商周秦汉晋隋唐宋辽金元明清")


def polities(words: Sequence[Word]) -> list[Span]:
    """States named by a name (two characters or more, tagged a person's or a noun, or a one-character dynasty or
    country: 清|帝国, 大韩|帝国, 奥匈|帝国) and a kind of state right after it; 大 before a state (大|日本帝国)
    opens it."""
    out = []
    for i in range(1, len(words)):
        a, b, w, flag = words[i - 1]
        c, d, kind, flag2 = words[i]
        if kind in POLITY_KINDS and b == c and all_han(w) and w not in POLITY_KINDS \
                and ((len(w) >= 2 and flag in _NAME_TAGS) or (len(w) == 1 and (w in _DYNASTIES or flag == "j"))):
            j = i - 1  # the name's other pieces jieba took for a person's ("阿希佩/nr|戈拉/nrt|公国")
            while flag in _PERSON_TAGS and j > 0 and words[j - 1][1] == words[j][0] \
                    and words[j - 1][3] in _PERSON_TAGS and all_han(words[j - 1][2]):
                j -= 1
            while len(w) == 1 and flag == "j" and j > 0 and words[j - 1][3] == "j" and len(words[j - 1][2]) == 1:
                j -= 1  # countries named by one character each ("奥/j|匈/j|帝国")
            out.append(Span(_great(words, j), d, "place", "place"))
        elif kind.endswith(tuple(POLITY_KINDS)) and flag2 == "ns" and w == "大" and b == c:
            out.append(Span(a, d, "place", "place"))  # "大/n|日本帝国/ns": 大 opens the state's name
    return out


def _great(words: Sequence[Word], j: int) -> int:
    """Where a state's name starts: at words[j], or at 大 right before a one-character name ("大/a|韩/j|帝国")."""
    if j > 0 and words[j - 1][2] == "大" and len(words[j][2]) == 1 and words[j - 1][1] == words[j][0]:
        return words[j - 1][0]
    return words[j][0]
