"""同年, 当年, 是年: a year written as "the same year" is the year printed last before it. "《国立武汉大学周刊》是哪一年
创刊的" ↔ "1928年,学校定名为国立武汉大学,《国立武汉大学周刊》于同年12月3日创刊": the event asked is dated 同年…, so
its year is 1928年, printed before it in the sentence, not a year another sentence gives another founding."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_ASKS_YEAR = re.compile(r"哪一?年|何年|什么年份|哪个年份|那一年是")
_SAME_YEAR = re.compile(r"同年|当年|是年|同一年")
_YEAR = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年")
_ANY_YEAR = re.compile(r"(?:\d{2,4}|[〇零一二三四五六七八九十]{2,4})年")  # and an era's year: 民国37年


def same_year_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the year a 同年 in the question's slot refers to moved to the front: the asked
    event's own time (a candidate "同年12月3日", the slot of the question) says 同年, and the last year printed
    before it in its sentence is a candidate too."""
    kept = list(kept)
    if not _ASKS_YEAR.search(info.text):
        return kept
    for c in kept:
        text = c.sentence.text
        at = next((m.start() for m in _SAME_YEAR.finditer(text) if c.start <= m.start() < c.end), None)
        if at is None:
            continue
        years = [y for y in kept if y.sentence.id == c.sentence.id and y.end <= at and _YEAR.fullmatch(y.text)]
        if years:
            year = max(years, key=lambda y: y.end)
            return to_front(kept, year)
        return kept
    return kept


def year_told_before(info: QuestionInfo, folded: str) -> bool:
    """Whether a sentence dates the asked event only by 同年 (是年, 同一年), its year printed in a sentence before
    ("1999年冠佑正式加入五月天。" then "同年7月7日正式推出首张专辑"): a year asked, and the sentence prints no
    year."""
    # (not "同年底至民国43年": the year is printed)
    return bool(_ASKS_YEAR.search(info.text) and _SAME_YEAR.search(folded) and not _ANY_YEAR.search(folded))
