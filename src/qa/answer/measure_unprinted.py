"""A count asked in a measure word the number lists do not hold, and an answer from a sentence that never prints it.

"中山神灣同鄉會的聯歡宴會筵開多少席？" ↛ "…慶祝成立廿九周年暨第十一屆理監事就職典禮聯歡宴會…" (click2macao.com): the
question ends on the thing counted, one character after its question word (席, 桌, 轮: "多少席", "几桌"), which
lexicon.UNITS does not list, so no unit is read and any figure of the sentence can answer. A sentence that counts in
that measure prints it; one that never prints the character at all counts something else ("decline:unit").

Where it stops: only a question ending on that one character (a noun after it, "多少席次", may be counted with
another classifier: "64个席次"); 钱 (money is counted in currencies) is no measure; the answer's sentence alone is
read, the count being printed where the answer is."""

from __future__ import annotations

import re

from ..lexicon import UNITS
from ..types import Candidate
from .question import QuestionInfo

_ASKED = re.compile(r"(?:多少|几)([\u4e00-\u9fff])[?？。!！\s]*$")
_NOT_MEASURES = frozenset("钱")


def measure_unprinted(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when a how-many question ends on a measure character that is not a unit the extractor reads
    ("筵开多少席") and the answer's sentence never prints it; "" otherwise."""
    if info.qtype != "number" or info.unit:
        return ""
    m = _ASKED.search(info.text)
    if m is None or m.group(1) in UNITS or m.group(1) in _NOT_MEASURES:
        return ""
    return "" if m.group(1) in best.sentence.folded else "decline:unit"
