"""A time told by pointing back: "元熙元年,刘裕进爵为宋王…。年末刘裕又获加…十二旒冕…等一系列特殊礼待。" — the
sentence holding the question dates it only by 年末 (the end of the year printed before), or tells it of 这个时期
(the period the sentence before names: "罗马共和国中后期的社会…。这个时期的同性恋文化是由「支配者」与「奴隶」
的关系组成"). Its when-answer is the time a sentence before prints, not the nearest time after it (元熙二年's
东晋, 西元117年至138年): the composer reads only the sentences before it (`back`, as for 同年 and 这场)."""

from __future__ import annotations

import re

from .question import QuestionInfo

# a part of the year opening the sentence, its year left to the one before ("年末刘裕又获加…")
_PART_OF_YEAR = re.compile(r"^(?:年末|年底|年初|年中|岁末)")
# the period the sentence before names, pointed at ("这个时期的…", "大约在这一时期…")
_THIS_PERIOD = re.compile(r"(?:这个|这一|此一?|该)时期")
_OWN_TIME = re.compile(r"\d|年|月|日|世纪")  # a time of its own: what it says is not pointed back to


def period_told_before(info: QuestionInfo, folded: str) -> bool:
    """Whether a when-question's sentence dates its event only by a part of the year or a period told before
    (年末…, 这个时期…), printing no time of its own besides."""
    if info.qtype != "when":
        return False
    m = _PART_OF_YEAR.match(folded)
    rest = folded[m.end():] if m else _THIS_PERIOD.sub("", folded) if _THIS_PERIOD.search(folded) else None
    return rest is not None and not _OWN_TIME.search(rest)
