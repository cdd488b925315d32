""""X的英文简称是什么": the Latin words a page prints in brackets right after the term ("「特許入境許可」(Leave
Outside the Rules, LOTR)", "限行令(MCO)") — the short form asked is the capitals among them."""

from __future__ import annotations

import re

from ..types import Answer
from .features import Ranked
from .people_answer import Reader, told_answer
from .question import QuestionInfo

_ASKED = re.compile(r"^(?P<x>.{2,20}?)的(?:英文|英语)?(?P<kind>简称|缩写|名称|全称|名字|名)?(?:是|叫)(?:什么|甚么)")
_QUOTES = "「」『』“”\"'《》"
# the brackets right after the term (its closing quote between): their Latin words
_BRACKET = rf"[{_QUOTES}]?\s?\((?P<latin>[a-z][a-z0-9 .,'&-]{{1,60}}?)\)"
_SHORT = re.compile(r"(?<![a-z])[a-z]{2,8}$")


def latin_term_answer(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked]) -> Answer | None:
    """The Latin name or short form a page prints in brackets after the term asked; None when no sentence does."""
    m = _ASKED.match(info.text.strip())
    if m is None or not ("英" in info.text or m.group("kind") in ("简称", "缩写")):
        return None
    term = m.group("x").strip(_QUOTES)
    short = m.group("kind") in ("简称", "缩写")
    rx = re.compile(re.escape(term) + _BRACKET)
    for r in ranked[: reader.config.sentences]:
        s = r.hit.sentence
        found = rx.search(s.folded)
        if found is None:
            continue
        start, end = found.span("latin")
        if short:
            tail = _SHORT.search(s.folded, start, end)
            if tail is None or not s.text[tail.start():tail.end()].isupper():
                continue
            start = tail.start()
        return told_answer(reader, question, info, ranked, s, (start, end), "latin-term", 0.5 + 0.5 * r.coverage,
                           (r.hit,))
    return None
