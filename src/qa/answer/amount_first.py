"""An amount asked is answered by an amount. "第一季食品網購交易額是多少" ↔ "食品網購交易額同比增加17.4%,為6.9294萬億
韓元": a question asking a sum of money (交易额, 销售额, 金额, 总额 — a noun ending in 额) takes the best sentence's
figure in a currency, not the growth rate the sentence prints first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CURRENCIES
from ..types import Candidate
from .agreement import ASKED_AMOUNT
from .policy import RATES
from .question import QuestionInfo
from .sibling import sibling_first

_SUM_ASKED = re.compile(r"额$")  # 交易额, 销售额, 成交额, 营业额, 金额, 总额
_MONEY = ("元", "币", "镑", *CURRENCIES)


def amount_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the best sentence's first figure in a currency moved to the front, when a sum is
    asked and the best figure is a rate."""
    kept = list(kept)
    if info.qtype != "number" or info.unit or not kept or not _SUM_ASKED.search(ASKED_AMOUNT.sub("", info.left)):
        return kept
    if not kept[0].text.rstrip().endswith(RATES):
        return kept
    return sibling_first(kept, lambda c: c.type == "number" and c.text.rstrip().endswith(_MONEY))
