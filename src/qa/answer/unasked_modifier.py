"""The words between the question's own words and the noun asked: "郑先生途经哪座桥" ↔ "途经仓山湾边大桥",
"在坦塘工业园参观了什么展厅" ↔ "在坦塘工业园铸造文化展厅". The sentence prints the question's context word, then a
name the question does not know, then the noun of the kind asked; jieba cuts the name apart (湾/v|边/d, 铸造/v),
so the noun runs give only the head (大桥, 文化展厅). The words in between name the thing asked: they belong to
the answer."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger
from .spans import offsets

_MOST = 4  # a place name or a modifier of a few characters, not a clause
# what ends a modifier: a particle, a preposition or conjunction, an adverb of the verb
# (消防|又会用|手提拉曼光谱分析仪), a list's comma (the words before are not the name)
_NOT_IN_GAP = frozenset("的在于和与及、或是为把被从向对了着过也都则就还而即属将以之又再曾已")


def with_unasked_modifier(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The head-noun answer run on to the left over two to four characters the question does not echo, when the
    two characters before them are the question's; None when no such gap is printed."""
    if info.qtype != "what" or best.rule != "head":
        return None
    f, start, q = best.sentence.folded, best.start, info.text
    if f[start:best.end] in q:
        return None
    for n in range(_MOST, 1, -1):  # one character is a verb or a particle ("新政使|自由主义", "用|浮动汇率制度")
        a = start - n
        if a < 2:
            continue
        gap = f[a:start]
        if not all("\u4e00" <= c <= "\u9fff" and c not in _NOT_IN_GAP for c in gap):
            continue
        # the gap echoes no pair of the question (its first character with the one before neither), and the
        # two characters before it are the question's own
        if any(f[i:i + 2] in q for i in range(a - 1, start - 1)) or f[a - 2:a] not in q:
            continue
        # a name jieba does not know, cut in single characters or nouns ("仓山/n|湾/v|边/d"); a verb of two
        # characters or more ("实行|盟旗制", "确立|妇女投票权") tells what is done with the thing asked
        words = offsets(pos(f[a - 2:start]))
        if any(len(w) > 1 and not flag.startswith("n") for x, _y, w, flag in words if x >= 2):
            return None
        return best.narrowed(a, best.end, "modifier")
    return None
