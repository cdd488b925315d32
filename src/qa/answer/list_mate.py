"""An answer listed beside the thing the question asks about: a peer of it, not what the question asks of it.

"幼發拉底河位在哪一個地區?" ↛ "…南至幼發拉底河和美索不達米亞", "當時的新喀里多尼亞是哪一國的殖民地?" ↛
"…太平洋的新喀里多尼亞及俄羅斯的諾里爾斯克", "黑龍江省博物館在哪?" ↛ "在黑龍江省和新疆維吾爾自治區也承認東正教的合法
地位": the sentence names the question's thing and, joined to it by 和, 及, 與 or 、, the answer, an item of the
same list. A list's items are peers: where one lies, whose colony it was, what it is, is told of it by words the list
does not hold. The answer is another item of the same kind (`decline:listmate`, another candidate may still answer).

Read for where- and what-questions, the answer a whole item (what follows it ends the item: a joiner, punctuation,
的 or 也), the question's noun next to it across joiners only. Left alone: a question that lists or joins itself
("日本、印度及巴西組成四國聯盟和歐洲的哪一國", "二氧化硫和甚麼物質": the answer is the missing item), one asking for
another, a further or one of several items (除了, 還有, 其他, 之一, 哪些), one asking by order (之前, 之後: the item
before or after in the list), and who-questions (who did something with whom: "金大中和俄羅斯總統普京進行了互訪").

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, against main 7347c486 with period_apart): 11
answers declined, all wrong (absent declined 0.9035 -> 0.9074, precision of the answers given 0.7847 -> 0.7888,
present F1 0.7026 -> 0.7023: three partial present answers declined). In sample: CMRC identical, DRCD 9 wrong
answers declined, none right lost (precision 0.8595 -> 0.8621)."""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .list_items import items_beside
from .question import QuestionInfo
from .spans import offsets

_ASKED = ("where", "what")
_JOINERS = "和及与、跟同暨"
# what may stand between two items besides a joiner: the quotes and title marks around each
# ("「邓小平理论」、「三个代表思想」")
_MARKS = "「」『』《》“”\"'"
# what stands between two items: joiners, with marks around them and spaces at its edges ("和", " 及 ", "」、「")
_JOINED = rf"\s*[{_JOINERS}{_MARKS}]*[{_JOINERS}][{_JOINERS}{_MARKS}]*\s*"
# what may follow a whole item of a list: a joiner, punctuation, 的 (an owner: 俄罗斯|的诺里尔斯克), 也, 都, 等
_ITEM_ENDS = frozenset("、，。；：,;:和及与跟同暨的也都等")
# a question that asks for an item besides others, one of several, or by its place in the list
_ASKS_AN_ITEM = re.compile(r"除了|还有|另一|其他|其它|之一|分别|哪些|之前|之后|以前|以后")
_NOUN_TAGS = frozenset(("n", "nr", "ns", "nt", "nz", "nrt", "nw", "vn", "j"))


def list_mate(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:listmate" when a where- or what-answer is a whole item of a list that, joined to it, holds one of
    the question's nouns; "" otherwise."""
    if info.qtype not in _ASKED or not info.wh or around.tag is None or best.type == "byline":
        return ""
    if any(c in _JOINERS for c in info.text) or _ASKS_AN_ITEM.search(info.text):
        return ""
    text = best.sentence.folded
    start, end = best.start, best.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or end < len(text) and text[end] not in _ITEM_ENDS and text[end] not in _MARKS:
        return ""  # the answer is the head of a longer item ("台北|捷运"): no peer of the question's noun
    while start < end and text[start] in _JOINERS:
        start += 1  # an answer read with the joiner before it ("及瓦拉纳西"): the item after it
    before, after = items_beside(text, start, end, _JOINED, None)
    if any(before.endswith(word) or after.startswith(word) for word in _nouns(info, around)):
        return "decline:listmate"
    return ""


def _nouns(info: QuestionInfo, around: Surroundings) -> list[str]:
    """The question's nouns of two characters or more, the question word's own and those after a preposition left
    out: "从浙江窜至什么地方" asks where the car went from 浙江, and a route lists the places it passed
    ("辗转浙江、安徽、江苏"), the answer among them."""
    assert around.tag is not None and info.wh is not None
    out, after_preposition = [], False
    for start, end, word, flag in offsets(around.tag(info.text)):
        if not (start < info.wh[1] and info.wh[0] < end) and flag in _NOUN_TAGS and len(word) >= 2 \
                and not after_preposition:
            out.append(word)
        after_preposition = flag == "p"
    return out
