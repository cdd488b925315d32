"""分别 with the values printed first and the items after it: "9月25日和11月26日这两天,我校将分别迎来省教育厅和
国家教育部的专家组" pairs the first day with the first body, in order. typed.respectively_other reads the common
order (items, 分别, values); this reads the other, so "省教育厅专家组哪天来校" is not answered with the second day."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import LIST_CLAUSE_END
from .spans import Span, clause_end, paired_others

_PAIR_SEP = re.compile(r"\s?(?:以及|和|与|及|、|跟)\s?")
_BEFORE_RESPECTIVELY = "将都也均则 ,，"  # the adverbs and marks between a list and its 分别


def _items_after(folded: str, at: int) -> list[str]:
    """The items listed after the 分别 ending at `at`, to its clause's end ("分别任A、B、C": items listed with 、
    run on over the marks that would end a clause)."""
    end = clause_end(folded, at)
    while end < len(folded) and folded[end] == "、":
        end = clause_end(folded, end + 1)
    return [x for x in _PAIR_SEP.split(folded[at:end]) if x]


def _list_before(folded: str, at: int) -> tuple[int, int]:
    """[start, end) of the list printed right before the 分别 at `at`: from the last clause mark before it."""
    end = len(folded[:at].rstrip(_BEFORE_RESPECTIVELY))
    return max((i + 1 for i, c in enumerate(folded[:end]) if c in LIST_CLAUSE_END), default=0), end


def values_first_other(folded: str, typed: Sequence[Span], question: str, kinds: Sequence[str]) -> set[Span]:
    """The values before a 分别 paired with the items after it that the question does not name."""
    out: set[Span] = set()
    for m in re.finditer("分别", folded):
        before = sorted((sp for sp in typed if sp.type in kinds and sp.end <= m.start()), key=lambda sp: sp.start)
        run: list[Span] = []  # the last values joined by 和/与/、 before 分别
        for sp in before:
            run = run + [sp] if run and _PAIR_SEP.fullmatch(folded, run[-1].end, sp.start) else [sp]
        items = _items_after(folded, m.end())
        if len(run) < 2 or len(items) != len(run):
            run = _listed_run(folded, m.start(), typed, kinds, len(items))
        if len(run) < 2 or len(items) != len(run):
            continue
        # "省教育厅和国家教育部的专家组": the head after the last item's 的 is every item's, naming none of them
        items[-1] = items[-1].split("的")[0]
        out.update(paired_others(run, items, question))
    return out


def _listed_run(folded: str, at: int, typed: Sequence[Span], kinds: Sequence[str], n: int) -> list[Span]:
    """The values listed right before the 分别 at `at` ("刘胜刚、金海山、张革,分别任…"), as many as the items
    after it, when the tagger typed only some of them (金|海山 read as a place): each listed value its typed
    span, or a span of its own words. Empty when no such list is printed."""
    start, end = _list_before(folded, at)
    bounds, pos = [], start
    for sep in _PAIR_SEP.finditer(folded, start, end):
        bounds.append((pos, sep.start()))
        pos = sep.end()
    bounds.append((pos, end))
    if len(bounds) != n or not all(1 < b - a <= 8 for a, b in bounds):
        return []
    run = [next((sp for sp in typed if sp.type in kinds and (sp.start, sp.end) == (a, b)), None) for a, b in bounds]
    if sum(sp is not None for sp in run) < 2:
        return []  # a list the tagger typed no two values of: not a list of the kind asked
    return [sp or Span(a, b, "span", "span") for sp, (a, b) in zip(run, bounds, strict=True)]


def paired_item(folded: str, start: int, end: int) -> str | None:
    """The item after a 分别 that the value at [start, end), listed before it, is paired with ("张革" of
    "刘胜刚、金海山、张革,分别任A、B、C" → C), its verb left out; None when the value is not so listed."""
    at = folded.find("分别", end)
    if at < 0 or any(c in LIST_CLAUSE_END for c in folded[end:at].rstrip(_BEFORE_RESPECTIVELY)):
        return None
    first, stop = _list_before(folded, at)
    values = _PAIR_SEP.split(folded[first:stop])
    items = _items_after(folded, at + 2)
    value = folded[start:end]
    if len(values) != len(items) or value not in values:
        return None
    return re.sub(r"^(?:担任|出任|任|为|是|当选)", "", items[values.index(value)])

