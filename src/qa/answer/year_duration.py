"""A year asked ("是哪一年出生的", "哪年成立") answered by a length of years ("5年" in "判处1个月至5年不等的有期徒
刑", "历时3年"): a figure of one or two places with 年, which its words mark as a duration — the end of a range
(至/到), a length (长达, 历时, 判处) before it, or 不等, 之久, 以来, 多, 后, 内 after it — is no calendar year
("decline:duration"). An era's year ("民國38年", "康熙五年") is preceded by its era, none of these words."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_YEAR_ASKED = re.compile(r"哪一?年|何年|什么年份|什麼年份|哪一?个年份|哪個年份")
_SHORT_YEARS = re.compile(r"[\d一二两三四五六七八九十几]{1,3}\s?年")
_BEFORE = re.compile(r"(?:至|到|~|～|－|—|-|判处|判處|判|为期|為期|长达|長達|历时|歷時|经过|經過|用了|花了|"
                     r"近|约|約|逾|超过|超過|整整|足足)\s?$")
_AFTER = re.compile(r"\s?(?:不等|之久|以来|以來|有期|徒刑|多|半|后|後|内|內|间|間|来|來|时间|時間|左右|的时间|的時間)")


def year_duration(info: QuestionInfo, best: Candidate) -> str:
    """"decline:duration" when a year is asked and the answer is a length of years by its words around it."""
    if not _YEAR_ASKED.search(info.text):
        return ""
    folded = best.sentence.folded
    text = folded[best.start:best.end].strip()
    if not _SHORT_YEARS.fullmatch(text):
        return ""
    at = folded.index(text, best.start)
    before, after = folded[max(0, at - 3):at], folded[at + len(text):]
    return "decline:duration" if _BEFORE.search(before) or _AFTER.match(after) else ""
