"""An amount asked (国内生产总值, 贸易顺差, 总投资 … 是多少), answered by a percentage.

"今年一季度我國國內生產總值是多少?" is not answered by "國內生產總值增長5%左右", nor "去年中國對美國的貿易順差高達多少?"
by "中日贸易额占日本对外贸易的21.2%": an economic total is told in money (亿元, 美元), and a percentage next to it is
its growth or its share of another total. `policy._wrong_unit` reads a share against the units of the measured nouns
lexicon.MEASURED lists; these totals of the economic news are not among them. Declined ("decline:unit") when the
question asks no change, rate or share itself (增, 降, 比, 占, 率, 幅 …).
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# a total of the economy asked as an amount: the noun, the asking words, the question word
_AMOUNT_ASKED = re.compile(r"(?:生产总值|总值|总额|顺差|逆差|收入|投资|产值|gdp|营收|利润|税收|存款|贷款)"
                           r"(?:是|为|达|高达|有|约|共|一共|总共)*(?:多少|几)")
_CHANGE_ASKED = re.compile(r"增|减|降|升|涨|跌|比|占|率|幅|成长|份额|百分")
_SHARE = re.compile(r"%|％|‰|百分之|成$")


def share_for_amount(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when an economic total is asked and the answer is a percentage."""
    if info.qtype != "number" or not _AMOUNT_ASKED.search(info.text) or _CHANGE_ASKED.search(info.text):
        return ""
    return "decline:unit" if _SHARE.search(best.sentence.folded[best.start:best.end]) else ""
