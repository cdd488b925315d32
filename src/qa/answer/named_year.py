"""A year printed as part of a name is no amount. "中国(南京)国际象棋超级大赛的级别有多高" ↔ "“康缘药业杯”2010中国(南京)
国际象棋超级大赛于2010年10月19-30日举行": the bare 2010 run into the event's name says which year's edition, not
how high anything is; a how-much question answered by it is declined ("decline:unit")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_BARE_YEAR = re.compile(r"(?:18|19|20)\d{2}")
_NAME_AFTER = re.compile(r"[\u4e00-\u9fff](?<!年)")  # the name runs on right after it ("2010|中国…大赛")
_YEAR_OR_CODE_ASKED = re.compile(r"年|号|编号|代码|型号|代号")


def year_in_name(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when a number question asking no year nor code is answered by a bare year run into the
    name after it; "" otherwise."""
    if info.qtype != "number" or _YEAR_OR_CODE_ASKED.search(info.wh_word + info.right[:2]):
        return ""
    f = best.sentence.folded
    if not _BARE_YEAR.fullmatch(best.text.strip()) or f[best.start - 1:best.start].isdigit():
        return ""
    return "decline:unit" if _NAME_AFTER.match(f, best.end) else ""
