"""Figures labelled by their period: "國小1年級學生齲齒率從107學年度41.05%降低至109學年度36.74%" prints each figure
right after the school year (the year) it is of. A figure asked of one period ("109學年度…齲齒率是多少") is not
one printed right after another period of the same kind, and the period's own number ("107", "107至109" before
學年度) is no figure at all. Likewise an age printed right before the one it is of ("58歲盧姓阿嬤及56歲鄧姓阿公")."""

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


# an age printed before the one it is of ("58岁卢姓阿嬷", "56岁邓姓阿公"); _AGE where a span ends with it
_AGE_ANY = re.compile(r"[\d一二三四五六七八九十百两]{1,4}\s?(?:岁|周岁)")
_AGE = re.compile(_AGE_ANY.pattern + "$")


def other_owner(folded: str, start: int, end: int, question: str) -> bool:
    """The span is an age printed right before another one than the one asked, where the sentence prints an age
    right before the one asked ("58岁卢姓阿嬷及56岁邓姓阿公" for 卢姓阿嬷几岁): each age is of the noun after it."""
    if not _AGE.search(folded, start, end) or not _owned(folded, end) or _asked_after(folded, end, question):
        return False
    return any(_asked_after(folded, m.end(), question) for m in _AGE_ANY.finditer(folded) if m.end() != end)



def _owned(folded: str, end: int) -> bool:
    return "\u4e00" <= folded[end:end + 1] <= "\u9fff" and not folded.startswith(("时", "的", "以", "左", "上", "下"),
                                                                                   end)


def _asked_after(folded: str, end: int, question: str) -> bool:
    """The words right after `end` (three characters at least) are the question's."""
    return len(folded) - end >= 3 and folded[end:end + 3] in question
