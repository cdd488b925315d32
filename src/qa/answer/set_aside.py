"""A head answer printed in the clause of the words the question sets aside (除了…之外) is not the one asked.

"新几内亚的气候除了东南沿海之外,其他地区…属于哪一种气候?" ↔ "东南沿海属|热带草原气候|,海拔1000公尺以上属山地气候,
其余地区属|热带雨林气候|": the sentence gives each part its own clause, and the scores, reading the sentence as a
whole, may prefer the head noun of the part the question excludes. The first head answer of the same sentence
printed in another clause, one that does not hold the words set aside, answers instead."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import char_bigrams, clause_end, clause_start

_CLAUSE_MARKS = frozenset(",，;；")
_AMONG = 6  # candidates after the first that may be preferred
# the words a question sets aside: "除了东南沿海之外", "除衡阳、长沙以外"
_SET_ASIDE = re.compile(r"除了?([\u4e00-\u9fff]{2,12}?)(?:之外|以外)")
_LEAST = 2  # bigrams of the words set aside a clause must hold to be theirs


def set_aside_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` with another head answer of the first one's sentence moved first, when the first one's clause holds
    the words the question sets aside with 除了…之外 and the other's clause holds none of them."""
    if info.qtype != "what" or info.expects or not kept or not kept[0].rule.startswith("head"):
        return list(kept)
    aside = set().union(*(char_bigrams(m.group(1)) for m in _SET_ASIDE.finditer(info.text)))
    best = kept[0]
    if not aside or len(_clause_bigrams(best) & aside) < _LEAST:
        return list(kept)
    for c in kept[1:1 + _AMONG]:
        if c.sentence.id == best.sentence.id and c.rule.startswith("head") and c.text != best.text \
                and not _clause_bigrams(c) & aside:
            return to_front(kept, c)
    return list(kept)


def _clause_bigrams(c: Candidate) -> set[str]:
    """The bigrams of the comma-delimited clause the candidate stands in."""
    f = c.sentence.folded
    return char_bigrams(f[clause_start(f, c.start, _CLAUSE_MARKS):clause_end(f, c.end, _CLAUSE_MARKS)])
