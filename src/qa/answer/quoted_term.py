"""A name the question sets in quotation marks that the answer's article never prints.

A question quotes what it is about exactly: a title ("《家变》属于哪一种文学主义"), a term ("「臬仓」的职责是"),
a declaration or a saying ("「萨格勒布宣言」于何年宣布"). An article that answers it prints those words; one that
does not is about something else, whatever its sentence shares with the question (a year, a place, a verb): on
the half-index protocol such answers are nearly all to questions whose paragraph is not in the papers.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# the quotation marks questions set a name in (folded text keeps the CJK ones; ASCII " after folding ＂)
_QUOTED = re.compile(r"[「『“《\"]([^「」『』“”《》\"]{2,30})[」』”》\"]")
# what printing may put inside a name or leave out: spaces and the dots of "四·五", "罗山•鲁斯拉尼"
_SEPARATORS = re.compile(r"[\s·•・‧.．]")


def quoted_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question quotes a name (two characters or more, not holding the question word) that neither the
    answer's sentence nor its article (headline and outlet included) prints: the answer is about something else
    ("decline:subject", so a candidate from an article that prints it may still answer)."""
    if not around.article or best.type == "byline":
        return ""
    # "“哪三个字”": the quotation is what is asked
    terms = [term for m in _QUOTED.finditer(info.text)
             if not (info.wh and m.start(1) < info.wh[1] and info.wh[0] < m.end(1))
             and len(term := _compact(m.group(1))) >= 2]
    if not terms:
        return ""  # (most questions quote nothing: the article is not compacted)
    text = _compact(around.with_sentence(best.sentence.folded))
    return "decline:subject" if any(term not in text for term in terms) else ""


def _compact(text: str) -> str:
    return _SEPARATORS.sub("", text)
