"""The part, where the sentence counts the whole first: "在新州128个地方议会中,有|124个|在今次选举中改选市议员".

A how-many question that counts a noun and says what those did ("有多少个地方议会在这次选举中改选市议员") is often
answered by a sentence that counts the whole set before the part ("N个X中,有M个…"): the count rules take the first
figure, the one printed with the noun the question repeats (128个), though the question asks how many of them did
what it says — the part after "中,(其中)有". The answer moves to that count when the question's words after the noun
(a verb phrase: 改选市议员) are printed after it; a question counting the noun alone ("共有多少个地方议会") keeps the
whole. Measured per question on CMRC 2018 trial and DRCD test (see the commit)."""

from __future__ import annotations

import re

from ..lexicon import CN_DIGITS
from ..types import Candidate
from .question import QuestionInfo

# "…地方议会|中,有|124个": the set closed by 中 and a comma, the part's count after 有 (其中 before it or not)
_PART = re.compile(r"中\s?[,，]\s?(?:其中)?\s?有?\s?(?P<n>(?:约|近|逾|超过)?[\d" + CN_DIGITS + r"两几]+(?:多|余)?"
                   r"(?:个|名|位|家|所|座|项|支|人|只|条|种|户))")
_NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}?(?=中\s?[,，])")  # the counted noun between the whole's count and 中
_CLAUSE_END = re.compile(r"[,，。;；!?！？]")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def part_of_whole(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The count of the part ("有|124个") for a how-many question saying what the counted ones did, when the best
    figure counts the whole they are a part of ("128个|地方议会|中,"); None otherwise."""
    if info.qtype != "number" or best.type != "number":
        return None
    f = best.sentence.folded
    noun = _NOUN.match(f, best.end)
    if noun is None:
        return None
    m = _PART.match(f, noun.end())
    if m is None or not info.right.startswith(noun.group()):
        return None  # the noun the question counts, right after its question word ("多少个|地方议会|在…")
    said = info.right.split(noun.group(), 1)[1]
    end = _CLAUSE_END.search(f, m.end())
    told = f[m.end():end.start() if end else len(f)]
    # what the question says they did is printed after the part's count: two characters in a row of it at least
    pairs = (said[k:k + 2] for k in range(len(said) - 1))
    if not any(_HAN_PAIR.fullmatch(p) and p in told for p in pairs):
        return None
    return best.narrowed(m.start("n"), m.end("n"), "part")
