"""A which/what question asks for a thing, and its answer is a noun phrase: a span that goes on past the noun with an
adverb, a preposition, a linking conjunction, a locative or a demonstrative ("紅色|則代表著", "漢文|也",
"保守派|被新政所激怒", "同盟國|中", "漢諾威|這個盟友") ends with the noun, the rest belongs to the sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..types import Candidate
from .question import QuestionInfo
from .spans import offsets

Tagger = Callable[[str], list[tuple[str, str]]]

# the answers this applies to: a span the slot, a head noun or the gap the question leaves gave (not a list, a
# sentence or a typed name)
_RULES = ("slot", "head", "rest", "sentence+gap")
# words that coordinate nouns ("稻、麥和粟", "人口與家庭關係委員會", 與 tagged a preposition too) join a
# phrase, they do not end it
COORDINATING = ("和", "与", "及", "以及", "或", "或者", "跟", "同", "并", "暨")
# a locative or a time word after a noun says where or when in it ("同盟國|中", "後代|時"), not what it is
_AFTER_NOUN = ("中", "时", "内", "里", "之中", "之内", "当中", "期间", "这个", "那个", "这些", "那些", "该")
# "X的一個", "X的其中一種": one of the kind X names
_ONE_OF = re.compile(r"的(?:其中)?一[个种类位项只条]$")
_NOUNISH = ("n", "l", "j", "eng")  # a noun, an idiom or abbreviation used as one, a Latin term
_COPULAS = ("是", "为")  # a gap's run goes on past its noun into the predicate at a copula too ("硫酸|是所有")


def noun_tail(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """The answer cut after its noun phrase when a function word follows it inside the span."""
    if info.qtype != "what" or not info.wh or best.rule not in _RULES:
        return best
    f = best.sentence.folded
    if _titled(f, best):
        return best
    # the question word is followed by the noun of the kind asked ("哪個|盟友", "什麼|裝置"): the answer is a thing,
    # not a clause ("意識到什麼?") nor a doer ("由什麼|創造")
    asked_words = pos(info.right.strip()[:6])
    noun = asked_words[0][0] if asked_words and asked_words[0][1].startswith("n") else ""
    if len(noun) >= 2 and f.endswith(noun, best.start, best.end) and best.end - best.start > len(noun) \
            and not f[best.start:best.end - len(noun)].endswith((*_AFTER_NOUN, "的")):
        # "哪个|基金会" ↔ "教育部终身/d学习圈基金会": a name ending with the kind asked is whole (but "汉诺威|这个盟友"
        # names it before the demonstrative)
        return best
    one = _ONE_OF.search(f, best.start, best.end)
    if one is not None and one.start() - best.start >= 2 and f[best.start:one.start()] not in info.text:
        return best.narrowed(best.start, one.start(), "np")  # "堅尾龍類|的一個": one of them is the kind named
    # a clause may follow the noun when the question asks a thing; a lone function word ends any span
    # (the gap's noun run, too, is a thing: it runs on past the noun into the predicate, "西人党|又分为")
    gap = best.rule == "sentence+gap"
    asked = bool(noun) or gap
    # (at a copula only where the question has none: "哪一过程|为…最后一步骤" ↔ "最终阶段|是|矽燃烧过程" may be
    # answered on either side)
    copula = gap and not any(c in info.text for c in _COPULAS)
    words = offsets(pos(f[best.start:best.end]))
    for i in range(1, len(words)):
        if not asked and i != len(words) - 1:
            continue
        a, _b, w, flag = words[i]
        prev = words[i - 1][3]
        if not prev.startswith(_NOUNISH) or a < 2:
            continue
        if flag[:1] == "p" and not any(later[3][:1] == "v" for later in words[i + 1:]):
            continue  # "觀點|對法家": a preposition with only its object may hold the thing asked
        if (flag[:1] in ("c", "d", "p") or w in _AFTER_NOUN or (copula and w in _COPULAS)) and w not in COORDINATING \
                and not info.right.startswith(w):
            if f[best.start:best.start + a] in info.text:
                return best  # what is left only echoes the question
            return best.narrowed(best.start, best.start + a, "np")
    return best


def _titled(f: str, best: Candidate) -> bool:
    """The span holds a title or lies inside one, whose words are its own ("《麥健時報告書》", "《打金枝》")."""
    return f.rfind("《", 0, best.start) > f.rfind("》", 0, best.start) or "《" in f[best.start:best.end] \
        or "》" in f[best.start:best.end]
