"""Expectations against what one conversation turn showed.

Text keys compare the folded forms (width, case, traditional → simplified), so a suite written in simplified
Chinese checks a traditional corpus too; `regex` runs on the answer as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..normalize import fold
from .suite import Expect


@dataclass(frozen=True)
class Observed:
    """What a turn showed the user, in the terms the expectations speak of."""

    kind: str  # the Reply kind: answer | more | source | detail | nothing | invalid
    text: str  # the short answer; for source/detail/nothing replies, the reply's text
    declined: bool
    evidence: str  # the supporting sentence, else the reply's text
    source: str  # the headline of the article the answer comes from
    qtype: str


def observe(reply, last_answer=None) -> Observed:
    """An Observed from a session Reply; `last_answer` gives the article for source/detail replies."""
    answer = reply.answer
    if answer is not None:
        article = answer.article
        return Observed(
            kind=reply.kind, text="" if answer.declined else answer.text, declined=answer.declined,
            evidence=answer.sentence.text if answer.sentence is not None and not answer.declined else reply.text,
            source=article.headline if article is not None and not answer.declined else "",
            qtype=answer.qtype,
        )
    shows_answer = reply.kind in ("source", "detail") and last_answer is not None
    article = last_answer.article if shows_answer else None
    return Observed(kind=reply.kind, text=reply.text, declined=reply.kind in ("nothing", "invalid"),
                    evidence=reply.text, source=article.headline if article is not None else "",
                    qtype=last_answer.qtype if shows_answer else "followup")


def _has(haystack: str, needle: str) -> bool:
    return fold(needle) in fold(haystack)


def _trim(text: str) -> str:
    """The answer without surrounding spaces and punctuation ("杭州。" → "杭州")."""
    def edge(c: str) -> bool:
        return c.isspace() or unicodedata.category(c).startswith("P")

    start, end = 0, len(text)
    while start < end and edge(text[start]):
        start += 1
    while end > start and edge(text[end - 1]):
        end -= 1
    return text[start:end]


def check(expect: Expect, seen: Observed) -> list[str]:
    """What did not hold, one plain line per key; empty when every key holds."""
    problems = []
    if expect.declined is not None and seen.declined != expect.declined:
        problems.append("expected a decline" if expect.declined else "expected an answer, got a decline")
    if expect.contains is not None and not _has(seen.text, expect.contains):
        problems.append(f"answer does not contain {expect.contains!r}")
    if expect.any and not any(_has(seen.text, s) for s in expect.any):
        problems.append(f"answer contains none of {list(expect.any)}")
    if expect.all:
        missing = [s for s in expect.all if not _has(seen.text, s)]
        if missing:
            problems.append(f"answer lacks {missing}")
    if expect.exact is not None and fold(_trim(seen.text)) != fold(_trim(expect.exact)):
        problems.append(f"answer is not exactly {expect.exact!r}")
    if expect.regex is not None and not re.search(expect.regex, seen.text):
        problems.append(f"answer does not match /{expect.regex}/")
    if expect.not_:
        present = [s for s in expect.not_ if _has(seen.text, s)]
        if present:
            problems.append(f"answer contains {present}")
    if expect.evidence is not None and not _has(seen.evidence, expect.evidence):
        problems.append(f"evidence does not contain {expect.evidence!r}")
    if expect.source is not None and not _has(seen.source, expect.source):
        problems.append(f"source headline does not contain {expect.source!r}")
    if expect.qtype is not None and seen.qtype != expect.qtype:
        problems.append(f"question type is {seen.qtype!r}, not {expect.qtype!r}")
    return problems
