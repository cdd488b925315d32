"""A count of years back is no year. "美国南加州华人联合总会是哪一年成立的" ↛ "从73年前新中国建立": "73年前" (73 years
ago) counts years from the time of writing, and a question asking which year (哪一年, 哪年, 何年, 什么年份) wants a
calendar year, which "N年前" is not. Such a question is declined (`decline:years-ago`) when the best is a count of
years under a thousand followed by 前, 后, 以来 or 来 ("五年后", "三十年来"); "1949年前" (four digits) and an era's
year ("民国73年") are calendar years and stay."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_YEAR_ASKED = re.compile(r"哪一年|哪年|何年|哪一个年份|什么年份|哪个年份")
_COUNTED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十百两几数]{1,4})多?年")
_BACK = re.compile(r"\s*(?:之前|之后|以来|前|后|来)")
_ERA = re.compile(r"(?:民国|昭和|平成|令和|大正|明治|光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|公元|西元|主后)\s*$")


def years_ago(best: Candidate, info: QuestionInfo) -> bool:
    """True when a which-year question's best is a count of years back or on ("73年前"), not a year."""
    if info.qtype != "when" or not _YEAR_ASKED.search(info.text):
        return False
    f = best.sentence.folded
    if _COUNTED.fullmatch(f[best.start:best.end]) is None or _ERA.search(f, 0, best.start):
        return False
    return _BACK.match(f, best.end) is not None
