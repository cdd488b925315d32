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


# the spot a place printed after 在 is narrowed to ("在|牡丹江市|公安局公交分局门前|出现了…"): where the thing
# happened, printed whole up to its locative word
_SPOT = re.compile(r"[^\W\d_]{0,10}?(?:门前|门口|门外|院内|楼前|广场|大厅|旁边|附近|一带)")
_NOT_PREPOSITION = "现正存所实好自"  # 在 inside a word: 现在, 正在, 存在 …


def _at_spot(folded: str, places: list[Span]) -> Span | None:
    """The place after 在 run on to the spot it names ("在牡丹江市公安局公交分局门前"), or None: the sentence
    tells where it happened there, whatever other word jieba tags a place after it ("神圣的人民法庭": 神圣 ns)."""
    for sp in places:
        if sp.start >= 1 and folded[sp.start - 1] == "在" and (sp.start < 2 or folded[sp.start - 2]
                                                               not in _NOT_PREPOSITION):
            m = _SPOT.match(folded, sp.end)
            if m:
                return Span(sp.start, m.end(), "place", "place")
    return None


def pointed_place(reader: Reader, s: Sentence) -> tuple[Sentence, Span] | None:
    """The place 这里 in `s` points back to: the last place span of the nearest of the few sentences before it in
    its paragraph that names one (the spot after 在 where one is printed), or None."""
    before = sentences_before(reader.corpus, s)
    for prev in reversed(before[-_BACK:]):
        places = [sp for sp in reader.tagged(prev)[1] if sp.type == "place"]
        spot = _at_spot(prev.folded, places)
        if spot is not None:
            return prev, spot
        places += [Span(m.start(), m.end(), "place", "place") for m in _VENUE.finditer(prev.folded)]
        if places:
            return prev, max(places, key=lambda sp: (sp.end, sp.end - sp.start))
    return None


# a where-slot that ends pointing back ("新西兰政府|依惯例在此|举行…招待会"): 在此/于此, here, for the place the
# sentence printed in a clause before it ("惠灵顿国会大厦内锣鼓声声,")
_POINTER_TAIL = re.compile(r"(?:在|于)此$")


def place_before(reader: Reader, s: Sentence, at: int) -> Span | None:
    """The last place printed in `s` before offset `at`, in an earlier clause (a typed place, or a venue opening
    its clause), or None."""
    clause = max(s.folded.rfind(c, 0, at) for c in ",，;；")
    if clause <= 0:
        return None
    places = [sp for sp in reader.tagged(s)[1] if sp.type == "place" and sp.end <= clause]
    places += [Span(m.start(), m.end(), "place", "place") for m in _VENUE.finditer(s.folded, 0, clause)]
    return max(places, key=lambda sp: (sp.end, sp.end - sp.start)) if places else None


def here_moved(reader: Reader, best: Candidate, info: QuestionInfo) -> Candidate | None:
    """A where-question's best answer 这里, shown as the place it points back to (decided on its own sentence);
    a slot ending in 在此 as the place an earlier clause of its sentence names; None when it is neither or no
    place is found."""
    if info.qtype != "where":
        return None
    if _POINTER_TAIL.search(best.text) and best.text not in HERE:
        sp = place_before(reader, best.sentence, best.start)
        return None if sp is None else moved(best, best.sentence, sp.start, sp.end, "place", "+here")
    if best.text not in HERE:
        return None
    found = pointed_place(reader, best.sentence)
    if found is None:
        return None
    prev, sp = found
    return moved(best, prev, sp.start, sp.end, "place", "+here")
