"""A list question answered by its whole sentence: the enumeration's items, without the sentence's frame.

"阿部重次的子女有哪些?" ↔ "子女有|阿部定高（长男）、阿部正春（次男）、女儿（…）、女儿（…）", "东关街哪些地方被列为全国
重点文物保护单位?" ↔ "…,其中|个园、逸圃（东关街356号）|列为全国重点文物保护单位,武当行宫…被列为江苏省文物保护单位":
the items the sentence lists with 、 are what the question asks; the words around them only restate it. Cut only when
the enumeration is the sentence's one and makes half its characters at least — CMRC's golds to list questions are
often the whole sentence, which such a cut still mostly holds (F1 ≥ 2/3) — or stands in the clause that restates
the question (four of its characters or more), the rest of the sentence telling other things."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clauses, content_offsets, echoed, trim
from .told import is_whole

_CLOSES = {"）": "（", ")": "(", "》": "《", "」": "「", "”": "“"}  # a closing mark → its opening one
_OPENS = frozenset(_CLOSES.values())
_OPENER = re.compile(r"(?:其中|包括|例如|比如|如)")
_PREDICATE = 4  # characters of the question closing the clause whose items are its subject
_HALF = 0.5  # share of the sentence's characters the enumeration must make to be cut out alone


_FRAME_VERB = re.compile(r"(?:主要|分别|则|都|还|也)?(?:有|包括|包含|含有|为|是|分别是|如下|计有|共有)[:：]?")


def list_items(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the enumeration answering a list question from its whole sentence: the one clause holding
    items set off by 、, from after its opening words the question prints and their verb (有, 包括, 为…) to its
    end, when it makes half the sentence or more; None otherwise."""
    parts = [(a, b) for a, b in clauses(folded) if "、" in folded[a:b]]
    if len(parts) != 1:
        return _subject_items(folded, info, parts)
    a, b = parts[0]
    echo = echoed(folded, info.text)
    first = folded.index("、", a)
    m = next((m for m in _FRAME_VERB.finditer(folded, a, first)
              if all(echo[i] for i in content_offsets(folded, a, m.start()))), None)
    if m is None or m.start() == a:
        return None  # no frame the question restates: the clause's opening words are items
    start, end = trim(folded, m.end(), b)
    if folded[start - 1:start] in _OPENS:
        start -= 1  # "著作有|《精神科学导言》、…": the first title's mark
    if folded[end:end + 1] in _CLOSES and folded.count(_CLOSES[folded[end]], start, end) \
            > folded.count(folded[end], start, end):
        end += 1  # "…女儿（松平近陈正室）": the last item's bracket
    if end <= start or folded.find("、", start, end) < 0:
        return None
    if len(content_offsets(folded, start, end)) < _HALF * len(content_offsets(folded)):
        return None
    return start, end


def _subject_items(folded: str, info: QuestionInfo, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of several clauses listing items, the one closing with the question's predicate (four of its characters or
    more, the longest such run): its items before that predicate, a light opener (其中, 如) aside ("其中|个园、逸圃
    (东关街356号)|列为全国重点文物保护单位" for 东关街哪些地方被列为全国重点文物保护单位)."""
    echo = echoed(folded, info.text)
    best: tuple[int, int, int] | None = None
    for a, b in parts:
        end = b
        while end > a and (echo[end - 1] or folded[end - 1].isspace()):
            end -= 1
        if b - end >= _PREDICATE and (best is None or b - end > best[0]):
            best = (b - end, a, end)
    if best is None:
        return None
    _n, a, end = best
    m = _OPENER.match(folded, a)
    start, end = trim(folded, m.end() if m else a, end)
    if folded[end:end + 1] in _CLOSES:
        end += 1
    if folded.find("、", start, end) < 0 or any(echo[i] for i in range(start, folded.index("、", start))):
        return None  # the first item is the question's own words: no subject list
    return start, end


def list_without_frame(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The whole-sentence answer to a list question cut to its enumeration's items; None otherwise."""
    if info.qtype != "list" or "+list" not in best.rule or not is_whole(best):
        return None
    got = list_items(best.sentence.folded, info)
    return best.narrowed(*got, "items") if got else None
