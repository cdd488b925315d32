"""A how-question asking how something came about ("拉罗东加岛是如何形成的", "弗里西亚群岛是怎么形成的") answered by a
whole sentence: the doer of a verb of forming (形成, 造成, 产生, 造就) whose object is the kind of thing asked answers —
"…大部分都是|火山活动|造成的岛屿", "|周期性的下沉、暴风雨和水灾|形成了这个长链状的岛屿". Asked how X formed, the reader
wants what formed it, and a sentence telling "A formed (a thing of X's kind)" names it as the verb's subject; the object
must hold the head character of the question's subject (岛 of 群岛: the island, not another thing the verb forms:
"北海形成了一条流往大西洋…的出口"). Read in the best sentence, then in the sentences of the next three candidates. Only
the run of 2–24 characters inside the verb's clause, after a copula or 由 and its adverbs (大部分都是); not a run the
question prints."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .told import is_whole

# "…是如何形成的", "怎么产生的", "如何被造成"
_ASKS = re.compile(r"(?:怎么|如何|怎样)(?:被|而)?(?:形成|产生|造成)的?\s?[?？]?\s?$")
# the doer, the verb of forming, the object: ",大部分都是|火山活动|造成的|岛屿", "|…水灾|形成了|这个长链状的岛屿"
_FORMED = re.compile(r"(?:^|[,，;；:：])\s?(?:(?:大部分|大多|多|主要|均|都|皆)*(?:是|为|系|由))?"
                     r"([^,，;；:：。!！?？]{2,24}?)(?:形成|造成|产生|造就)(?:了|的)?([^,，;；:：。!！?？]{1,20})")
_SENTENCES = 3  # candidates after the best whose sentences are read too


def formed_by(best: Candidate, kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The doer of a verb of forming whose object is of the kind asked, in the best answer's sentence or the next
    candidates', or None."""
    if info.qtype != "how" or not is_whole(best):
        return None
    asked = _ASKS.search(info.text)
    if asked is None:
        return None
    subject = info.text[:asked.start()].rstrip().removesuffix("是").rstrip()
    if not subject or not "\u4e00" <= subject[-1] <= "\u9fff":
        return None
    seen: set[str] = set()
    for c in [best, *kept[:_SENTENCES + 1]]:
        if c.sentence.id in seen:
            continue
        seen.add(c.sentence.id)
        f = c.sentence.folded
        for m in _FORMED.finditer(f):
            if subject[-1] in m.group(2) and m.group(1) not in info.text:
                return c.narrowed(m.start(1), m.end(1), "formed")
    return None
