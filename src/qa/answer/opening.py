"""A span answer that opens with a conjunction linking it to the clause before ("但只有世袭统治者", "而紅色",
"因為家康大量減封毛利家", "可是…"): the slot between the question's words began at the clause's joint, and the
conjunction ties the answer to what precedes it; the thing asked starts after it. Those that add or conclude a
clause ("而且", "因此", …) are fragment.py's to decline, and coordinating words ("和", "与", …) may open a name
jieba split ("和信百貨公司"), so neither is cut. Measured per question on CMRC 2018 trial and DRCD.

And one that holds a subject and its copula ("作者是|外邦人", "汐止屬於|藍營") is answered by the noun phrase after
the copula (past_copula): DRCD 11 better / 0 worse, CMRC identical."""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import PUNCT
from ..types import Candidate
from .fragment import JOINTS
from .np_tail import COORDINATING
from .question import QuestionInfo
from .spans import offsets, trim

Tagger = Callable[[str], list[tuple[str, str]]]

# the answers this applies to: a span a slot, a head noun, the rest or the gap gave (not a whole sentence, a list
# or a typed name); a cause, a means or a yes/no is told by its clause, conjunction and all
_RULES = ("slot", "head", "rest", "sentence+gap")
_TYPES = frozenset(("what", "who", "where", "definition", "other"))


def _span_answer(best: Candidate, info: QuestionInfo) -> bool:
    return info.qtype in _TYPES and best.rule.startswith(_RULES) and "list" not in best.rule


def past_conjunction(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """The answer without the linking conjunction it opens with, when at least two characters remain."""
    if not _span_answer(best, info):
        return best
    f = best.sentence.folded
    words = offsets(pos(f[best.start:best.end]))  # (the folded text: simplified, as the word lists are)
    if len(words) < 2:
        return best
    _a, cut, w, flag = words[0]
    if flag != "c" or w in COORDINATING or w in JOINTS or best.end - best.start - cut < 2:
        return best
    start, end = trim(f, best.start + cut, best.end)  # "其后|的水门事件": what opened no name goes too
    return best if end - start < 2 else best.narrowed(start, end, "unlinked")


# the verbs that link a subject to what it is or becomes ("外邦人", "藍營", "連接子" after them)
_LINKS = frozenset(("是", "为", "属于", "作为", "称为", "视为", "成为", "定于", "隶属于", "分成", "转化成", "化为",
                    "称作", "叫做"))
_NOUNS = ("n", "j", "eng")
# what a noun phrase after the link does not hold: a verb, a preposition, a pronoun, a conjunction or an adverb
# ("是|通过…", "是|如何产生")
_NOT_IN_NP = ("v", "p", "r", "c", "d")


def past_copula(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """"作者是外邦人", "汐止属于蓝营", "…颗粒称为连接子": a span answer that holds a subject and the verb linking it
    to a noun phrase is answered by that noun phrase, the thing the subject is said to be. Only when what follows
    the link is a noun phrase (no verb, ending in a noun) the question does not hold: a clause after it ("公共救济|
    是|通过…资助…") says what the subject does, and the subject is the answer."""
    if not _span_answer(best, info):
        return best
    f = best.sentence.folded
    words = offsets(pos(f[best.start:best.end]))
    links = [k for k, (a, _b, w, _f) in enumerate(words[:-1]) if w in _LINKS and a >= 1]
    if len(links) != 1:
        return best  # (several links: a clause of clauses, "分别为…是…")
    tail = words[links[0] + 1:]
    if any(flag.startswith(_NOT_IN_NP) or not w.strip() or w in PUNCT for _a, _b, w, flag in tail) \
            or not tail[-1][3].startswith(_NOUNS):
        return best
    start, end = trim(f, best.start + tail[0][0], best.end)
    if end - start < 2 or f[start:end] in info.text:
        return best
    return best.narrowed(start, end, "predicate")
