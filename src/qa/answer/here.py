"""A where-answer printed as 这里 (here): "…开学典礼在这里隆重举行" tells the place in the sentence before it
("多功能体育馆内灯火通明"). News names the place once and points back to it; the question names the event, so the
sentence that tells it holds only the pointer."""

from __future__ import annotations

import re

from ..lexicon import VENUE_SUFFIXES, alternation
from ..types import Candidate, Sentence
from .around import moved, sentences_before
from .people_answer import Reader
from .question import QuestionInfo
from .spans import Span

HERE = frozenset(("这里", "这儿", "此地", "此处"))  # place words pointing back (not 那里: often far, not before)
_BACK = 2  # sentences of the paragraph read back
# a venue opening its clause ("…,多功能体育馆内灯火通明"): jieba tags 多功能 b, so no typed place names it
_VENUE = re.compile(r"(?:^|(?<=[,，。;；、\s]))[^\W\d_]{1,8}?" + alternation((*VENUE_SUFFIXES, "中心", "大楼", "礼堂")))


def pointed_place(reader: Reader, s: Sentence) -> tuple[Sentence, Span] | None:
    """The place 这里 in `s` points back to: the last place span of the nearest of the few sentences before it in
    its paragraph that names one, or None."""
    before = sentences_before(reader.corpus, s)
    for prev in reversed(before[-_BACK:]):
        places = [sp for sp in reader.tagged(prev)[1] if sp.type == "place"]
        places += [Span(m.start(), m.end(), "place", "place") for m in _VENUE.finditer(prev.folded)]
        if places:
            return prev, max(places, key=lambda sp: (sp.end, sp.end - sp.start))
    return None


def here_moved(reader: Reader, best: Candidate, info: QuestionInfo) -> Candidate | None:
    """A where-question's best answer 这里, shown as the place it points back to (decided on its own sentence);
    None when it is not 这里 or no place is found."""
    if info.qtype != "where" or best.text not in HERE:
        return None
    found = pointed_place(reader, best.sentence)
    if found is None:
        return None
    prev, sp = found
    return moved(best, prev, sp.start, sp.end, "place", "+here")
