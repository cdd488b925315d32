"""The first of a series asked (首次, 首度, 第一次) and the answer's sentence numbering another one of it.

"臺灣首次政黨輪替發生於哪一年?" is not answered by "…在2008年5月20日台湾第2次政党轮替时请辞": 首次 X is 第一次 X, and a
sentence printing 第2次 X (or 第三次 X) with its own date tells of another one of the series. `agreement.other_ordinal`
compares ordinals printed with 第 on both sides; the first is asked as often without one (首次, 首度, 头一次), which
it does not read. Declined ("decline:other") when the sentence and the text before it print another ordinal of 次
before the same word and never the first (首次, 第一次, 第1次, 头一次, 初次) of anything.
"""

from __future__ import annotations

import re

from ..lexicon import ORDINAL_DIGITS, ordinal_value
from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# the first time asked, and the word it is the first of ("首次|政党轮替", "第一次|世界大战")
_FIRST = re.compile(r"(?:首次|首度|头一次|初次|第一次|第1次)\s?([^\W\d_]{1,2})")
# another time printed: "第2次政党轮替", "第三次会议"
_NTH = re.compile(r"第([\d" + ORDINAL_DIGITS + r"]{1,3})次\s?([^\W\d_])")


def first_as_other(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:other" when the question asks of the first of a series (首次 X) and the answer's sentence (with the
    text before it) prints another of that series (第N次 X, N > 1) and no first one."""
    m = _FIRST.search(info.text)
    if m is None:
        return ""
    text = best.sentence.folded + " " + around.near
    if _FIRST.search(text):
        return ""
    first = m.group(1)[0]
    return "decline:other" if any(ordinal_value(n.group(1)) > 1 and n.group(2) == first
                                  for n in _NTH.finditer(text)) else ""
