"""The figure of the place asked. "温州龙港市的雨量是多少毫米" ↔ "全市面雨量达30毫米,其中龙港市121.8毫米、洞头区
100.6毫米": a sentence giving a whole's figure and then its parts' prints each part's right after its name; the one
after the place the question names answers, not the whole's figure the sentence opens with."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lexicon import PLACE_CHAIN_RE
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .sibling import sibling_first
from .year_figure import figure_unit

# what the figure's clause opens with before the name of its part ("其中龙港市", "、洞头区")
_CLAUSE = re.compile(r"[,，、;；:：(（。]")
_OPENING = re.compile(r"^(?:其中|其次[为是]?|而|另外|以及|和|及)")
_LINK = "的为达是约共有"


def _name_before(c: Candidate, question: str) -> str:
    """The words between the figure's clause opening and the figure (a name of two characters or more, "其中" and
    linking words aside) when the question prints them, else "". A clause of linking words alone ("其次为观塘区议会,
    有19席") leaves the part to the clause before it, whole."""
    before = c.sentence.folded[max(0, c.start - 10):c.start]
    name = _OPENING.sub("", _CLAUSE.split(before)[-1]).rstrip(_LINK)
    if not name:
        parts = _CLAUSE.split(c.sentence.folded[max(0, c.start - 16):c.start])
        name = _OPENING.sub("", parts[-2]).rstrip(_LINK) if len(parts) >= 3 else ""
    return name if 2 <= len(name) <= 6 and name in question else ""


def named_before(c: Candidate, question: str) -> bool:
    """The figure is printed right after a name (a part, a place) the question prints."""
    return bool(_name_before(c, question))


def place_figure_first(kept: Sequence[Candidate], info: QuestionInfo,
                       tag: Callable[[str], Sequence[tuple[str, str]]] | None = None) -> list[Candidate]:
    """`kept` (best first) with the figure printed right after a name the question holds moved to the front, when
    the best figure is not so named and is printed before it in the same sentence and unit. With `tag`, words that
    open with a verb are no name ("从多少个…项目中选出的" ↛ "…项目中,选出50个": the deed, not a part)."""
    kept = list(kept)
    if info.qtype != "number" or not kept or named_before(kept[0], info.text):
        return kept
    best = kept[0]

    def named(c: Candidate) -> bool:
        name = _name_before(c, info.text)
        words = tag(name) if tag is not None and name else ()
        return bool(name) and not (words and words[0][1].startswith("v"))

    return sibling_first(kept, lambda c: c.start > best.end and figure_unit(c) == figure_unit(best) and named(c))


def named_figure_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first figure of another sentence printed right after a place the question names
    ("其中,博后村接待1.07万人次") moved to the front, when the best figure's sentence never prints that name ("三亚共
    接待游客40.74万人次" for "博后村接待游客多少万人次": the whole's figure, not the part's asked)."""
    kept = list(kept)
    if info.qtype != "number" or not kept or named_before(kept[0], info.text):
        return kept
    best = kept[0]
    for c in kept[1:]:
        place = PLACE_CHAIN_RE.match(_name_before(c, info.text)) if c.sentence.id != best.sentence.id else None
        if place and place.group() not in best.sentence.folded and figure_unit(c) == figure_unit(best):
            return to_front(kept, c)
    return kept


# a part the question names by its level ("温州|瑞安市的雨量"): a short name and a city, district or county suffix
_ASKED_PART = re.compile(r"([\u4e00-\u9fff]{2,3}[市区县])的")


def part_unlisted(kept: Sequence[Candidate], info: QuestionInfo) -> bool:
    """The best figure is a whole's (no part named before it) in a sentence that goes on to give its parts' figures
    after their names (",其中龙港市121.8毫米、洞头区100.6毫米"), and the question asks the figure of a part of that
    level the sentence does not list (瑞安市): the whole's figure is not the part's (declined)."""
    if info.qtype != "number" or not kept or kept[0].type != "number" or named_before(kept[0], info.text):
        return False
    best = kept[0]
    f = best.sentence.folded
    # (not the whole or the paper's own place: 全市, 本市, 我区)
    asked = [m.group(1) for m in _ASKED_PART.finditer(info.text) if m.group(1)[-2] not in "全本我该各"]
    if not asked or any(a in f for a in asked):
        return False
    parts = [_raw_name(c) for c in kept[1:] if c.sentence.id == best.sentence.id and c.start > best.end]
    levels = {p[-1] for p in parts if p and PLACE_CHAIN_RE.fullmatch(p)}
    return any(a[-1] in levels for a in asked)


def _raw_name(c: Candidate) -> str:
    """The name printed between the figure's clause opening and the figure, whatever the question holds."""
    before = c.sentence.folded[max(0, c.start - 10):c.start]
    return _OPENING.sub("", _CLAUSE.split(before)[-1]).rstrip(_LINK)
