"""The figure printed right after the question's own words: "申报省级重点立项的实践团队有几支" ↔
"全校共申报实践团队168支,其中申报省级重点立项12支,校级重点立项20支" — the part the question names (12支), not the
whole the sentence opens with (168支), whatever scored higher."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CN_DIGITS
from ..types import Candidate
from .question import QuestionInfo

_CLAUSE_END = frozenset(",，。;；、:：!！?？")
_LONGEST = 4  # the question's words right before the figure: at least this many characters
_MARGIN = 2  # and this many more than before the best figure


def _unit(text: str) -> str:
    """The measure word a figure ends with ("168支" → "支"), "" for a bare number."""
    return re.sub(r"^[^\u4e00-\u9fff%]*[\d" + CN_DIGITS + r".,几多余万亿千百十]*", "", text)


def words_before(folded: str, start: int, question: str) -> int:
    """How many characters right before `start` (within its clause) are a run of the question's text."""
    k = 0
    while k < start and folded[start - k - 1] not in _CLAUSE_END and folded[start - k - 1:start] in question:
        k += 1
    return k


def phrased_first(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """Among the figures of the best one's sentence, the one the question's longest run of words stands right
    before, when that run is long (a part named: 省级重点立项) and longer than the best's."""
    if not kept or kept[0].type != "number":
        return None
    best = kept[0]
    f = best.sentence.folded
    if not info.wh:
        return None
    asked = info.text[: info.wh[0]]  # the words before the question word name what is counted ("…在多少次巡逻任务中
    # 捣破…" asks the patrols, not the raids the words after it name)
    mine = words_before(f, best.start, asked)
    unit = _unit(best.text)
    # a part printed after its whole, counted in the same measure word ("168支, 其中…12支")
    rivals = [(words_before(f, c.start, asked), c) for c in kept[1:]
              if c.type == "number" and c.sentence.id == best.sentence.id and c.start > best.end
              and unit and _unit(c.text) == unit]
    if not rivals:
        return None
    run, c = max(rivals, key=lambda rc: rc[0])
    return c if run >= _LONGEST and run >= mine + _MARGIN else None


_OPEN_QUOTES = "“\"「『‘"
_NOUN_END = frozenset("”\"」』’、,，。;；:：和与及 ")


def _counts(folded: str, end: int, noun: str) -> str:
    """"" when the figure ending at `end` is not followed by `noun`; "exact" when the noun ends there (a quote, a
    stop, a conjunction after it); "longer" when the words run on into a longer noun ("优秀校报" of 优秀校报标兵)."""
    after = folded[end:].lstrip(_OPEN_QUOTES)
    if not after.startswith(noun):
        return ""
    return "exact" if len(after) == len(noun) or after[len(noun)] in _NOUN_END else "longer"


def counted_exactly(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """"评出了几家优秀校报" ↔ "评出了两家“优秀校报标兵”、9家“优秀校报”": the best figure counts a longer noun that
    starts with the one asked (标兵 are another rank); a figure of its sentence counting exactly that noun answers."""
    noun = info.right.strip().rstrip("?？吗呢")
    if not kept or kept[0].type != "number" or len(noun) < 2:
        return None
    best = kept[0]
    f = best.sentence.folded
    if _counts(f, best.end, noun) != "longer":
        return None
    return next((c for c in kept[1:] if c.type == "number" and c.sentence.id == best.sentence.id
                 and _counts(f, c.end, noun) == "exact"), None)
