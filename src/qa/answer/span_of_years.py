"""A span of years is no year. "从哪一年以来稳定在千万吨以上" ↔ "自2012年以来,…连续9年稳定在千万吨以上": a count of
years after a word of duration (连续, 长达, 整整, 历时) tells how long, not when; a year printed in the same sentence
answers the when-question. So for any when-question ("什么时候", "何时"): "任期5年", "近30年", "在十年间",
"最多4年" count years; the sentence's own time answers ("1998年-2008年间,…在十年间增加八倍"), or the next
candidate, a time of the sentence before ("自1987年起由…选举产生" / "…选出,任期为5年"); with none the span is
declined (it tells of no time)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first

_YEAR_ASKED = re.compile(r"哪一?年|几几年|什么年份|何年")
_COUNT_OF_YEARS = re.compile(r"[\d一二两三四五六七八九十几多]{1,3}\s?年")
_DURATION_WORDS = "连续|长达|整整|历时|已达|持续"
_DURATION_BEFORE = re.compile(r"(?:" + _DURATION_WORDS + r")$")
_FULL_YEAR = re.compile(r"\d{4}\s?年")
# A count of years a when-question is answered with ("5年", "十年间", "30多年"; not "1987年", "民国30年": a year of
# an era keeps its era in the span, "三十年代" is a decade)
_FEW_YEARS = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十几]{1,3})[多余]?\s?年[间来]?")
# the words before such a count that make it a length of time: "近30年", "任期5年", "最多4年", "在十年间"
# (a linking word may stand between: "任期为5年")
_SPAN_BEFORE = re.compile(r"(?:" + _DURATION_WORDS + r"|近|约|逾|任期|最多|最长|至少|过去)[为是达了]?$")


def _span_of_years(c: Candidate) -> bool:
    f = c.sentence.folded
    return bool(_COUNT_OF_YEARS.fullmatch(c.text.strip())) and bool(_DURATION_BEFORE.search(f[:c.start]))


def span_for_when(c: Candidate) -> bool:
    """`c` counts years (how long) where a when-question asks what time: after a word of duration, or ending with
    间/来 ("十年间")."""
    text = c.sentence.folded[c.start:c.end].strip()
    before = c.sentence.folded[:c.start].rstrip()
    if not _FEW_YEARS.fullmatch(text):
        return False
    return bool(_SPAN_BEFORE.search(before)) or text.endswith(("间", "来"))


def year_not_span_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the year of the best sentence moved before a best span of years, when a year is
    asked; for any when-question, the best sentence's other time that counts no years moved before a best count
    of years ("自1987年起…,任期5年")."""
    kept = list(kept)
    if info.qtype != "when" or not kept:
        return kept
    if _YEAR_ASKED.search(info.text) and _span_of_years(kept[0]):
        return sibling_first(kept, lambda c: bool(_FULL_YEAR.fullmatch(c.text.strip())))
    if span_for_when(kept[0]):
        kept = sibling_first(kept, _a_time)
        if span_for_when(kept[0]) and len(kept) > 1 and _a_time(kept[1]):
            kept[:2] = kept[1], kept[0]  # the runner-up, a time of another sentence
    return kept


def _a_time(c: Candidate) -> bool:
    """A time that counts no years ("1987年", "1998年-2008年"; not "5年", "200年")."""
    return c.type == "time" and not span_for_when(c) and not _COUNT_OF_YEARS.fullmatch(c.text.strip())


def span_answers_when(info: QuestionInfo, best: Candidate) -> str:
    """A when-question answered by a count of years ("近30年", "任期5年"): how long is no time ("decline:unit")."""
    return "decline:unit" if info.qtype == "when" and span_for_when(best) else ""
