"""A why-question that names its own cause marker ("…是由于什么原因才被解职", "在1992年因什么原因放弃", "因为什么
原因才回到瑞士") asks for the words that follow the same marker in the sentence: "…超过40%是因为|行为不检点",
"NASA在1992年因|预算限制|放弃CRAF", "最后才因为|母亲病危|,回到瑞士" — up to the clause's end, the 而 of 因…而,
"的原因", or the question's next words; not the whole sentence around it. DRCD 7 better / 1 worse ("因为什么作用" ↛
another 因…而 of the sentence), CMRC identical. A noun asked after the question word ("因为什么|作用|形成") that the
marker's words do not hold is read where the sentence prints it instead: "随着|印度河及恒河的冲积作用|而逐渐被填满"."""

from __future__ import annotations

import re

from ..lexicon import FUNCTION_CHARS
from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, clause_start, trim

# the marker the question ends its left side on, before the asking words ("由于|什么样的|原因")
_ASKED = re.compile(r"(?:因为|由于|因)(?:什么样的|什么|哪一个|哪个|哪一种|哪种)?$")
# the marker in the sentence (not 因此, 因而, 因素…)
_MARKER = re.compile(r"因为|由于|因(?![此而素为果子])")
_ENDS = ("而", "的原因")
_CAUSE_WORD = re.compile(r"^(?:原因|缘故)")
_LIGHT = FUNCTION_CHARS | frozenset("而让使要会能才所")
# the words opening a clause that tells an influence before its noun ("随着|…的冲积作用而…")
_INFLUENCE = re.compile(r"\s?(?:随着|由于|因为|因|受到|受|经过|通过|在)")


def marker_asked(info: QuestionInfo) -> bool:
    """Whether the why-question names its own cause marker before the asking words ("…因|为何种原因", "由于|哪一个
    原因而…")."""
    return info.qtype == "why" and bool(_ASKED.search(info.left))


def cause_asked(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The words after the cause marker the question names; None when it names none or the sentence has none."""
    if not marker_asked(info):
        return None
    f = best.sentence.folded
    right = _CAUSE_WORD.sub("", info.right).lstrip("的").strip(",，")[:2]
    # (from the sentence's start: trimming the whole sentence drops an opening 由于)
    m = next((m for m in _MARKER.finditer(f, 0, best.end) if m.end() >= best.start), None)
    if m is None:
        return None
    end = clause_end(f, m.end())
    for stop in (*_ENDS, right):
        at = f.find(stop, m.end() + 1, end) if stop else -1
        if at >= 0:
            end = min(end, at)
    start, end = trim(f, m.end(), end)
    kind = _kind_asked(info)
    if kind and kind not in f[start:end] and (named := _named_kind(f, kind, info.right, best)) is not None:
        start, end = named  # "因为什么作用形成" ↛ "因|结构性下沉|而出现的槽": the 作用 the sentence names
    if end - start < 2 or (start, end) == (best.start, best.end):
        return None
    return best.narrowed(start, end, "cause")


def _kind_asked(info: QuestionInfo) -> str:
    """The noun a marker-naming question asks the cause as ("因为什么|作用|形成的" → 作用), or ""."""
    if not info.wh_word.endswith("什么"):  # (after 什么原因 the verb follows: "因什么原因|放弃")
        return ""
    noun = info.right.lstrip("的")[:2]
    # (什么 + a noun: not a light word going on to the verb, "因为什么|而闻名", "因为什么|被…")
    return noun if len(noun) == 2 and "\u4e00" <= noun[0] <= "\u9fff" and noun[0] not in _LIGHT \
        and not _CAUSE_WORD.match(noun) else ""


def _named_kind(f: str, kind: str, right: str, best: Candidate) -> tuple[int, int] | None:
    """[start, end) of the noun phrase ending in `kind` in the answer's sentence, from its clause's start after a
    word of influence ("随着|印度河及恒河的冲积作用"), or None when the sentence does not print `kind` as a noun."""
    at = f.find(kind, best.start, best.end)
    # (not a verb the sentence goes on from with the question's words: "因为什么|来到综治中心" ↔ "…而来到综治中心")
    if at < 0 or f.startswith(right[2:4], at + 2):
        return None
    start = clause_start(f, at)
    opener = _INFLUENCE.match(f, start)
    start, end = trim(f, opener.end() if opener else start, at + len(kind))
    return (start, end) if end - start >= len(kind) else None
