"""A term's meaning asked ("納憐道指的是什麼?", "X是什麼意思?", "X字面上的意義是?") and answered by a sentence that
glosses the term with a marker of meaning: the words after the marker, to the clause's end, are the answer.

"三為納憐道,蒙語意為|小道": the sentence prints the term, then 意為 (意思是, 意即, 意指, 原意為) and what it means;
the rest of the sentence (the list the term stands in) is no part of it. Only when the term is printed before the
marker, in its clause or the one before."""

from __future__ import annotations

import re

from ..lexicon import PUNCT
from ..types import Candidate
from .question import QuestionInfo
from .spans import clauses, trim

# the question asks what the term means: X指的是什么, X是什么意思, X的意思/意义/原意是
_ASKS = re.compile(r"^(.{2,12}?)(?:指的是|是指|指)(?:什么|甚么)|^(.{2,12}?)(?:是)?(?:什么|甚么)意思|"
                   r"^(.{2,12}?)(?:字面上)?的?(?:意思|意义|原意|涵义|含义)(?:是|为)")
_MARKER = re.compile(r"意为|意思是|意思为|意即|意指|原意为|原意是|字面意思是|意谓")
_MOST = 15  # characters of the meaning at most


def _term(info: QuestionInfo) -> str:
    m = _ASKS.search(info.text)
    if m is None:
        return ""
    term = next(g for g in m.groups() if g)
    term = term.rsplit("的", 1)[-1] if len(term.rsplit("的", 1)[-1]) >= 2 else term
    return term.strip("「」“”\"'《》 ")


def meaning_told(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The sentence answer cut to the meaning its marker glosses the asked term with; None otherwise."""
    if info.qtype not in ("what", "definition") or not best.rule.startswith("sentence"):
        return None
    term = _term(info)
    if len(term) < 2:
        return None
    f = best.sentence.folded
    parts = clauses(f)
    for k, (a, b) in enumerate(parts):
        m = _MARKER.search(f, a, b)
        if m is None or not (best.start <= m.start() < best.end):
            continue
        before = f[parts[k - 1][0] if k else a:m.start()]
        if term not in before:
            continue
        start, end = trim(f, m.end(), b)
        chars = [c for c in f[start:end] if c not in PUNCT]
        if 1 <= len(chars) <= _MOST and f[start:end] not in info.text:
            return best.narrowed(start, end, "meaning")
    return None
