"""The noun asked printed further on in the slot's clause, after 的: the words before that 的 name the thing asked.

"风力发电厂的涡轮机常常有什么问题?" ↔ "但是许多机种都有噪音过大的问题": the question's anchors (涡轮机, 有) close
around the clause's subject, so the slot reads "许多机种", while the sentence prints the noun asked (问题) a few words
on, after 的 and the thing asked: "…都有|噪音过大|的问题". `genitive_head.py` cuts a slot that holds (or ends right
before) "的" + the noun; this one takes the "的" + noun printed after the slot in the same clause (no punctuation
between), and moves the answer to the run of noun-like words before that 的 (`genitive_head.phrase_before`).
Measured per question on CMRC 2018 trial and DRCD test (see the commit)."""

from __future__ import annotations

from ..lexicon import PUNCT
from ..types import Candidate
from .head_copula import copula_noun
from .question import QuestionInfo
from .shape import Tagger
from .spans import char_bigrams, offsets

_FAR = 12  # characters from the slot's end to the 的: further on, the clause tells something else
_RULES = ("slot",)
_LONGEST = 10  # characters of the phrase before 的: a longer one is a clause, not a name
# the words that open the phrase before 的 from outside: verbs (有), adverbs (都), prepositions, conjunctions,
# pronouns; the phrase itself may be a noun with its predicate ("噪音|过|大": jieba tags 过 a particle)
_OUTSIDE = ("v", "d", "p", "c", "r")
# nouns a verb phrase describes rather than names (genitive_head.py's list): "…的方式", "…的过程"
_DEEDS = ("事件", "权利", "行为", "做法", "方式", "方法", "活动", "工作", "作用", "功能", "过程", "情况", "目的")


def after_slot_genitive(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The answer moved to the noun phrase before "的" + the noun asked, printed after the slot in its clause; None
    when the question asks no noun, the slot ends with it, or the clause prints no such 的 after the slot."""
    if info.qtype != "what" or info.expects or not best.rule.startswith(_RULES):
        return None
    noun = copula_noun(info, pos)
    if not noun or noun.endswith(_DEEDS):
        return None
    f, end = best.sentence.folded, best.end
    if f[best.start:end].endswith(noun[-2:]):
        return None  # the span ends with the noun asked: its phrase already
    for head in dict.fromkeys((noun, noun[-2:])):
        at = f.find("的" + head, end + 1, end + _FAR + 1)
        if at < 0 or any(c in PUNCT for c in f[end:at]):
            continue  # not printed after the slot, or in another clause
        cut = _phrase_before(f, end, at, pos)
        if cut is None:
            return None  # no phrase of its own between the slot's verb and the 的
        text = f[cut:at]
        grams = char_bigrams(text)
        if text in info.text or (grams and 2 * sum(g in info.text for g in grams) > len(grams)):
            return None  # the question's own words, not the thing asked
        return best.narrowed(cut, at, "genitive-after")
    return None


def _phrase_before(f: str, end: int, at: int, pos: Tagger) -> int | None:
    """Where the phrase ending at `at` (the 的) starts: after the last verb, adverb, preposition, conjunction or
    pronoun between the slot's `end` and `at`; None when it is not 2–10 characters or no such word opens it."""
    words = offsets(pos(f[end:at]))
    cut = None
    for a, _b, word, flag in reversed(words):
        if flag.startswith(_OUTSIDE) or word in ("的", "之"):
            break
        cut = end + a
    else:
        return None  # the run reaches back to the slot: no word of the clause sets it apart
    if cut is None or not 2 <= at - cut <= _LONGEST:
        return None
    return cut
