"""A courtesy name or art name asked: "魏玩的字是什么" ↔ "魏玩,字玉汝,北宋襄阳邓城人,…": the clause 字玉汝, not
the sentence the composer picked (its subject's whole entry).

A biography's opening prints the names one by one, each in its own clause after its word (字…, 号…); the
golds quote that clause ("字玉汝"). "字号是什么" asks the art name (号), the one a 字号 question's gold gives
("青蓮居士" of "字太白,號青蓮居士"), and the answer keeps the word before it as for 字."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_ASKED = re.compile(r"(字号|的字|的号|别号)(?:是|为|叫)?(?:什么|甚么|何)")
_END = r"(?=[,，;；。、)）]|$)"


def name_word(info: QuestionInfo) -> str:
    """The word whose name the question asks: 字 ("X的字是什么") or 号 ("X的号…", "X字号是什么"), or ""."""
    m = _ASKED.search(info.text)
    if m is None or info.qtype not in ("definition", "what"):
        return ""
    return "字" if m.group(1) == "的字" else "号"


def name_span(f: str, word: str) -> tuple[int, int] | None:
    """(start, end) of the clause "`word`XX" (a name of 1–6 characters after it, opening a clause) in the
    folded sentence `f`, or None."""
    m = re.search(r"(?:^|[,，;；])(" + word + r"[\u4e00-\u9fff]{1,6})" + _END, f)
    return (m.start(1), m.end(1)) if m else None


def courtesy_named(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The answer cut to the name clause asked in its sentence; None when the question asks no 字 or 号, the
    sentence prints none within the answer, or the answer is that clause already."""
    word = name_word(info)
    span = name_span(best.sentence.folded, word) if word else None
    if span is None or span == (best.start, best.end) or not (best.start <= span[0] and span[1] <= best.end):
        return None
    return best.narrowed(span[0], span[1], "courtesy")
