"""The sentence that defines the term asked answers "什么是X" / "X是什么", not another sentence that names X.

"什么是乙酰胺?" ↔ "乙酰胺是由乙酸衍生出的酰胺,分子式为…" rather than "乙酰胺的衍生物…是…形成的化合物" (which scored
higher on the question's words): a sentence that opens with X (after 所谓, or a bracketed gloss "X(…)") and goes
on with its copula (是, 指, 即, 为, 就是) or the names it is also called (X,又称…,是…) says what X is; a sentence
that only mentions X tells something else about it. Only the whole definition is asked here: "X的Y是什么" asks an
attribute (its slot answers), and a term of one character is too short to tell a definition by its opening."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import fold
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_TERM_FIRST = ("是什么", "指的是什么", "是指什么", "指什么")  # the question words the term is asked before
_EDGES = "的是了“”\"「」《》『』 ?？"  # what the question's side holds beside the term
_TERM = 2  # the term asked must be at least this long
# after the term: a bracketed gloss, then the copula, or a comma and the copula or another name of it
GLOSS = r"(?:[(（][^()（）]{0,60}[)）])?"
_DEFINES = r"(?:是|指|即|为|就是|[,，](?:是|指|即|就是|乃|亦称|又称|或称|也称|简称|又名|别称|亦作|俗称))"
_MEANING = re.compile(r"的(?:定义|含义|意思|概念)$")  # "X的定义是什么" asks X's definition all the same
_OR = r"(?:或[\u4e00-\u9fff]{1,8}?)?"  # "绿窗口或绿色窗口是…": the term and its other name
# what a defining sentence may open with before the term: 所谓, a field's frame ("在数学中,约化群是…的代数群")
_LEAD = r"^(?:在[\u4e00-\u9fff]{1,8}(?:中|里|上)[,，])?(?:所谓|<br>)?"
# what follows the term in a defining sentence, compiled once (a pattern with the term in it took ~1 ms to compile,
# once a question: the lead and the term are matched in code, defines() below)
_AFTER_TERM = re.compile(GLOSS + _OR + _DEFINES)
_FRAME_MOST = 8  # the longest field's name in a frame "在…中,"


def asked_term(info: QuestionInfo) -> str:
    """The term a whole-definition question asks ("什么是X", "X是什么"), or "" (an attribute "X的Y", a short one)."""
    if info.qtype != "definition" or not info.wh or info.wh_word not in ("什么是", *_TERM_FIRST):
        return ""
    side = info.right if info.wh_word == "什么是" else info.left
    other = info.left if info.wh_word == "什么是" else info.right
    term = _MEANING.sub("", side.strip(_EDGES)).strip(_EDGES)
    if len(term) < _TERM or "的" in term or other.strip(_EDGES):
        return ""
    return term


def defines(sentence: str, term: str) -> bool:
    """Whether the folded `sentence` opens with `term` and says what it is: `_LEAD`, the term, `_AFTER_TERM`
    matched (the same as one pattern of the three: every way the lead can end is tried)."""
    ends = [0]  # where the frame "在…中," may end: each length of the field's name that a 中/里/上 and a comma close
    if sentence.startswith("在"):
        for n in range(1, _FRAME_MOST + 1):
            if not "\u4e00" <= sentence[n:n + 1] <= "\u9fff":
                break
            if sentence[n + 1:n + 2] in ("中", "里", "上") and sentence[n + 2:n + 3] in (",", "，"):
                ends.append(n + 3)
    for end in ends:
        for opener in ("", "所谓", "<br>"):
            at = end + len(opener)
            if sentence.startswith(opener, end) and sentence.startswith(term, at) \
                    and _AFTER_TERM.match(sentence, at + len(term)) is not None:
                return True
    return False


def defining_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the widest candidate of the best sentence that defines the term asked moved to the
    front, when the best candidate's sentence does not define it; `kept` unchanged otherwise."""
    kept = list(kept)
    term = fold(asked_term(info))
    if not term or not kept or defines(kept[0].sentence.folded, term):
        return kept
    for c in kept[1:]:
        if defines(c.sentence.folded, term):
            same = [x for x in kept if x.sentence.id == c.sentence.id]
            first = max(same, key=lambda x: (x.end - x.start, -kept.index(x)))
            return to_front(kept, first)
    return kept
