"""A what- or definition-question answered by its whole sentence: the predicate after the copula of the subject
asked, not the sentence that restates the subject.

"阿森松島的主要收入來源是什麼?" ↔ "阿森松島的收入來源為|政府財政撥款", "什么是填字游戏?" ↔ "填字游戏是|一种常见的益智
游戏纸上游戏", "原始宗教大部分表現出什麼?" ↔ "原始宗教多表現為|對大自然的崇拜": the words before the copula (是, 为,
是指, 指的是) are the question's own (its subject, or the verb it repeats), so what follows is what the question
asks. The span runs to the sentence's end: CMRC's golds to definitions are often the whole sentence, and a
predicate cut at its clause ("棱柱是|几何学中的…三维多面体|,指两个平行的平面…") loses most of such a gold, while the
predicate to the end keeps it (F1 stays above one half); DRCD's short golds are the predicate itself.

Not when a name is asked (name_unfound.py declines such a whole sentence), when the copula is one of a word
(因为, 成为, 认为, 为了, 指出…), or when the predicate adds nothing the question does not say."""

from __future__ import annotations

import re

from ..types import Candidate
from .name_unfound import name_unfound
from .question import QuestionInfo
from .spans import clauses, content_offsets, echoed, trim
from .told import is_whole

_ASKED = ("definition", "what")
# the copula after the subject, an adverb between them ("多表现为", "则是", "也为"); a comma may stand before it
# ("…卡门线,为现行大气层和太空的界线定义")
_COPULA = re.compile(r"(?:[,，]\s?)?(?:也|则|就|多|主要|通常|一般|即|乃|亦|都|便|正|原|本|均|皆)?"
                     r"(?:指的是|是指|就是|即是|乃是|是|为|為|指)")
# a copula character that is a word's ("因为", "成为", "为了", "指出", "但是"): no copula there
_NOT_BEFORE = frozenset("因成作以认称视行更较最极甚而于可但还只凡若要或总")
_NOT_AFTER = frozenset("了止何什甚其此主由出挥导示定标数控责派向南引令")
_ASKS_BY_COPULA = re.compile(r"(?:是|为|指|是指|指的是|的是)$")
_VERB_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})(?:出|了|着|成)?$")  # the two characters of the verb before 什么
_EDGES = "的样?？ "  # what a bare 什么/什么样的 leaves after the question word
_SUBJECT = 2  # characters before the copula that the question must print together
_NEW = 2  # content characters of the predicate the question does not print


def predicate_span(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the predicate after the first copula whose two characters before it (a comma and an
    adverb aside) the question prints together, to the sentence's end; None when there is none or it adds
    nothing to the question."""
    if info.wh is None:
        return None
    verb = _asked_verb(info)
    if verb is None:
        return None
    asked = info.text[:info.wh[0]] + " " + info.text[info.wh[1]:]
    echo = echoed(folded, info.text)
    for m in _COPULA.finditer(folded):
        at = m.start()
        before = folded[max(at - _SUBJECT, 0):at]
        if len(before) < _SUBJECT or before not in asked or before[-1] in _NOT_BEFORE:
            continue
        if verb and not folded.endswith(verb, 0, at):
            continue
        if folded[m.end():m.end() + 1] in _NOT_AFTER:
            continue
        inside = at - 1 if folded[at] in ",，" else at  # a comma before the copula closes the subject's clause
        x = next((a for a, b in clauses(folded) if a <= inside < b), 0)
        subject = content_offsets(folded, x, at)
        if sum(echo[i] for i in subject) * 2 < len(subject):
            continue  # "…者,表示该|节目|为跨时段播出": the copula's subject is not the question's
        # a kind asked after the question word ("什么状态", "什么样的部队") is told by the predicate's clause
        told = next((b for a, b in clauses(folded) if a <= m.end() < b), len(folded))
        stop = told if not info.wh_word.endswith("是") and info.right.strip(_EDGES) else len(folded)
        start, end = trim(folded, m.end(), stop)
        if sum(1 for i in content_offsets(folded, start, end) if not echo[i]) < _NEW:
            return None
        return start, end
    return None


def _asked_verb(info: QuestionInfo) -> str | None:
    """"" when the question asks by a copula (X是什么, 什么是X, X指的是什么, X为何, a cloze ending in 是/为); the
    verb right before its question word when it asks by another ("表现出什么" → 表现: the sentence's copula must
    follow it, "表现为"); None when there is none."""
    if "是" in info.wh_word or _ASKS_BY_COPULA.search(info.left):
        return ""
    m = _VERB_BEFORE.search(info.left)
    return m.group(1) if m else None


def copula_predicate(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer cut to the predicate after the subject asked and its copula, when it is the whole sentence
    given by the fallback for a what- or definition-question; None otherwise."""
    if info.qtype not in _ASKED or best.rule != "sentence" or not is_whole(best) or name_unfound(info, best):
        return None
    got = predicate_span(best.sentence.folded, info)
    return best.narrowed(*got, "copula") if got else None
