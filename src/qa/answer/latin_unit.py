"""A measure asked in a unit written in Latin letters, answered by a count of things.

"國際照明協會所規定的標準白光是多少K?" is not answered by "…還不屬於一個標准化名詞": a unit printed in Latin letters (K,
MB, GHz, km) asks a measure, and the question's `unit` (read from the Chinese measure words only) is empty, so the
unit check does not compare. A figure that counts with a Chinese classifier of things or people (一個, 三名, 5次) is no
measure in such a unit: declined ("decline:unit"). A figure in another unit of the same measure (公里 for km, 公斤
for kg) or a bare number is left alone: the papers print both.
"""

from __future__ import annotations

import re

from ..lexicon import COUNT_NUMERALS
from ..types import Candidate
from .question import QuestionInfo

_LATIN_ASKED = re.compile(r"(?:多少|几)\s?([a-z]{1,4})(?![a-z])")
# a count of things or people: a numeral, then the classifier closing the answer
_COUNTED = re.compile(r"[\d" + COUNT_NUMERALS + r"两几多余]\s?[个個位名人件次家条條只张張座所项項]$")


def count_for_latin_unit(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when the question asks in a Latin unit (多少K) and the answer counts with a classifier."""
    if info.qtype != "number" or not _LATIN_ASKED.search(info.text):
        return ""
    return "decline:unit" if _COUNTED.search(best.sentence.folded[best.start:best.end].strip()) else ""
