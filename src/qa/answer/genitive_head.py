"""The noun asked printed after 的: the words before it name the thing asked.

A which-question names the kind of thing it asks ("采用哪一个政策", "参照哪个建筑风格"); the sentence often prints
that noun after the answer and 的: "朝鲜由于遭到后金和日本的攻击而采取|闭关锁国|的政策", "参照了|万神庙|的风格建造…".
The slot the question's anchors found runs over the clause around it (its subject, its verb, what follows the
noun), so the answer is cut to the noun phrase right before "的" + the noun asked: the run of nouns, idioms and
adjectives back to the verb, particle or punctuation before it. Measured per question on CMRC 2018 trial and DRCD
test (see the commit)."""

from __future__ import annotations

from ..types import Candidate
from .head_copula import copula_noun
from .question import QuestionInfo
from .shape import Tagger
from .spans import char_bigrams, offsets

_LONGEST = 10  # characters of the phrase before 的: a longer one is a clause, not a name
# the words a name of the kind asked is made of: nouns, idioms and set phrases, distinguishing words, adjectives
# (闭关锁国/l, 万神庙/nr, 无障碍/b); not verbs, adverbs, particles or pronouns, which open the clause before it
_NOUNISH = ("n", "j", "l", "i", "b", "a", "eng", "x")
_RULES = ("slot", "head")
# nouns a verb phrase describes, not a name: "不具有|使用精子库|的权利", "…发生|希腊人袭击拉丁人侨民|的事件"
_DEEDS = ("事件", "权利", "行为", "做法", "方式", "方法", "活动", "工作", "作用", "功能", "过程", "情况", "目的")


def before_genitive_head(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The answer cut to the noun phrase before "的" + the noun asked, when its span holds that 的 (or ends right
    before it) and does not itself end with the noun; None otherwise."""
    if info.qtype != "what" or info.expects or not best.rule.startswith(_RULES):
        return None
    noun = copula_noun(info, pos)
    if not noun or noun.endswith(_DEEDS):
        return None
    f, start, end = best.sentence.folded, best.start, best.end
    if f[start:end].endswith(noun[-2:]):
        return None  # the span ends with the noun asked: its phrase already
    for head in dict.fromkeys((noun, noun[-2:])):
        at = f.find("的" + head, start, end + 1 + len(head))
        if at <= start or at > end:
            continue
        if "、" in f[start:at]:
            return None  # "坚持|爱国爱澳、服务市民|的立场": a list of items before the noun, all of them asked
        cut = phrase_before(f, at, pos)
        if cut is None:
            return None
        text = f[cut:at]
        grams = char_bigrams(text)
        if text in info.text or (grams and 2 * sum(g in info.text for g in grams) > len(grams)):
            return None  # the question's own words ("…的攻击" of the question), not the thing asked
        return best.narrowed(cut, at, "genitive")
    return None


def phrase_before(f: str, at: int, pos: Tagger) -> int | None:
    """Where the run of noun-like words ending at `at` starts (2–10 characters), or None."""
    lead = max(0, at - _LONGEST - 4)
    words = offsets(pos(f[lead:at]))
    cut = at
    for a, _b, word, flag in reversed(words):
        if not flag.startswith(_NOUNISH) or word in ("的", "之") or not word.strip():
            break
        if flag == "x" and not word.isascii():
            break  # punctuation
        cut = lead + a
    if at - cut < 2 or at - cut > _LONGEST or (cut == lead and lead > 0):
        return None
    return cut
