"""A span of years is no year. "从哪一年以来稳定在千万吨以上" ↔ "自2012年以来,…连续9年稳定在千万吨以上": a count of
years after a word of duration (连续, 长达, 整整, 历时) tells how long, not when; a year printed in the same sentence
answers the when-question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first

_YEAR_ASKED = re.compile(r"哪一?年|几几年|什么年份|何年")
_COUNT_OF_YEARS = re.compile(r"[\d一二两三四五六七八九十几多]{1,3}\s?年")
_DURATION_BEFORE = re.compile(r"(?:连续|长达|整整|历时|已达|持续)$")
_FULL_YEAR = re.compile(r"\d{4}\s?年")


def _span_of_years(c: Candidate) -> bool:
    f = c.sentence.folded
    return bool(_COUNT_OF_YEARS.fullmatch(c.text.strip())) and bool(_DURATION_BEFORE.search(f[:c.start]))


def year_not_span_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the year of the best sentence moved before a best span of years, when a year is
    asked."""
    kept = list(kept)
    if info.qtype != "when" or not kept or not _YEAR_ASKED.search(info.text) or not _span_of_years(kept[0]):
        return kept
    return sibling_first(kept, lambda c: bool(_FULL_YEAR.fullmatch(c.text.strip())))
