"""The means asked, read after the sentence's own means word: "凭什么将关岛给美国" ↔ "基于|巴黎条约|,西班牙…".

A what-question asking by what means or on what ground something happened ("西班牙凭什么将关岛给美国", "帝国体系是
靠哪种方式维持") is answered by the object of the sentence's means word, which is seldom the question's own: 基于,
凭借着, 依靠 ("基于巴黎条约,西班牙于1898年12月10日将关岛割让予美国", "皇帝体系的维持主要是凭借着外交活动"). The slot
and head rules read another noun of the sentence (the date, 皇帝体系); the words after the means word, to the end of
its clause, answer. Measured per question on CMRC 2018 trial and DRCD test (see the commit)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, trim

# the question asks the means: 凭什么, 靠哪种方式, 根据哪一法案, 依据什么
_ASKS = re.compile(r"(?:凭借|凭着|凭|依靠|靠着|靠|根据|依据|依照|基于)(?:什么|甚么|哪|何)")
# the sentence's means word, the longest first (着 printed 著 too: folding keeps it)
_MEANS = re.compile(r"(?:凭借|凭藉|依靠|靠|藉|凭)[着著]|凭借|凭藉|依靠|基于|依据|依照|借由|藉由")
_LONGEST = 12  # characters of the object: a longer run is a clause, not a means named


def means_asked(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The object of the sentence's means word, for a question asking the means; None when the question asks
    none, the sentence prints no means word, or the answer is inside its object already."""
    if info.qtype != "what" or not _ASKS.search(info.text):
        return None
    f = best.sentence.folded
    m = _MEANS.search(f)
    if m is None:
        return None
    start, end = trim(f, m.end(), clause_end(f, m.end()))
    if not 2 <= end - start <= _LONGEST or f[start:end] in info.text:
        return None
    if start <= best.start and best.end <= end:
        return None  # the answer is (a part of) the means already
    return best.narrowed(start, end, "means")
