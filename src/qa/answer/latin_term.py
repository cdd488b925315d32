""""X的英文简称是什么": the Latin words a page prints in brackets right after the term ("「特許入境許可」(Leave
Outside the Rules, LOTR)", "限行令(MCO)") — the short form asked is the capitals among them.

The brackets may hold other glosses first, the English name under its label ("越南投资发展银行(国语字:,儒字:,英文全称:
Bank for Investment and Development of Vietnam,英文简称:BIDV)"): the name asked is the value of the label that
says so (英文全称 for a name, 英文简称 for a short form), not the words after the bracket (which the spans gave:
"BIDV)是越南最大的国有银行"). A name whose Latin words hold one stray Chinese character (a page's slip,
"西贡商业信用银行(Saigon Thuong Tin的 Bank,Sacombank)") is still the Latin name."""

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
# the whole bracket after the term, to read a label's value or a name with one stray character in
_INNER = rf"[{_QUOTES}]?\s?\((?P<inner>[^()]{{2,120}})\)"
_LABELLED = re.compile(r"英(?:文|语)(?P<label>全称|简称|缩写|名称|名字|名)?\s?:\s?(?P<value>[a-z][^,;:()]{0,80})")
_LATIN_NAME = re.compile(r"[a-z][a-z0-9 .,'&\-\u4e00-\u9fff]{1,80}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def latin_term_answer(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked]) -> Answer | None:
    """The Latin name or short form a page prints in brackets after the term asked; None when no sentence does."""
    m = _ASKED.match(info.text.strip())
    if m is None or not ("英" in info.text or m.group("kind") in ("简称", "缩写")):
        return None
    term = m.group("x").strip(_QUOTES)
    short = m.group("kind") in ("简称", "缩写")
    rx = re.compile(re.escape(term) + _BRACKET)
    inner = re.compile(re.escape(term) + _INNER)
    for r in ranked[: reader.config.sentences]:
        s = r.hit.sentence
        found = rx.search(s.folded)
        if found is None:
            glossed = inner.search(s.folded)
            span = _in_brackets(glossed, short) if glossed is not None else None
            if span is None:
                continue
            return told_answer(reader, question, info, ranked, s, span, "latin-term", 0.5 + 0.5 * r.coverage,
                               (r.hit,))
        start, end = found.span("latin")
        if short:
            tail = _SHORT.search(s.folded, start, end)
            if tail is None or not s.text[tail.start():tail.end()].isupper():
                continue
            start = tail.start()
        return told_answer(reader, question, info, ranked, s, (start, end), "latin-term", 0.5 + 0.5 * r.coverage,
                           (r.hit,))
    return None


def _in_brackets(glossed: re.Match[str], short: bool) -> tuple[int, int] | None:
    """Where the English name (the short form when `short`) stands in the brackets after the term: a label's
    value ("英文全称:…"), else the whole bracket when it is a Latin name with at most one Chinese character."""
    start, end = glossed.span("inner")
    text = glossed.string
    for m in _LABELLED.finditer(text, start, end):
        if (m.group("label") in ("简称", "缩写")) == short:
            return m.start("value"), m.start("value") + len(m.group("value").rstrip())
    whole = _LATIN_NAME.fullmatch(text, start, end)
    if short or whole is None or len(_CJK.findall(text, start, end)) > 1:
        return None
    return start, end
