"""Figures labelled by their period: "國小1年級學生齲齒率從107學年度41.05%降低至109學年度36.74%" prints each figure
right after the school year (the year) it is of. A figure asked of one period ("109學年度…齲齒率是多少") is not
one printed right after another period of the same kind, and the period's own number ("107", "107至109" before
學年度) is no figure at all."""

from __future__ import annotations

import re

# a period: a year of two to four digits and its kind (学年度 a school year, 年度 a fiscal year, 年 a year)
_PERIOD = r"(\d{2,4})\s?(学年度|年度|年)"
_ASKED = re.compile(_PERIOD)
_LABEL_BEFORE = re.compile(_PERIOD + r"\s?$")
_PERIOD_AFTER = re.compile(r"\s?(?:学年度|年度)")


def other_period(folded: str, start: int, end: int, question: str) -> bool:
    """The span is a period's number, or a figure printed right after another period of the kind the question
    asks its figure of."""
    asked = _ASKED.search(question)
    if asked is None:
        return False
    if _PERIOD_AFTER.match(folded, end) and re.fullmatch(r"[\d至到~-]+", folded[start:end]):
        return True  # "107至109|学年度": the periods, not a figure of one
    label = _LABEL_BEFORE.search(folded, max(0, start - 10), start)
    return label is not None and label.group(2) == asked.group(2) and label.group(1) != asked.group(1)
