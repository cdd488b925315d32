"""A list printed as short clauses, its items set off by commas ("地球科学普遍认同有4个领域,岩石圈,水圈,大气,生物圈,
对应于…"): short.rest_items reads the items inside one clause, joined by 、 or 和; here each item is a clause of its
own. For a question naming all items but one ("除了水圈,生物圈,大气,还有哪一领域"), the item left is the answer."""

from __future__ import annotations

from .spans import Span, clauses, trim

_RUN = 3  # clauses in a row that make a list
_ITEM = (2, 4)  # characters of an item: a word, no predicate


def _item(text: str) -> bool:
    return _ITEM[0] <= len(text) <= _ITEM[1] and all("\u4e00" <= c <= "\u9fff" for c in text)


def comma_rest(folded: str, question: str) -> list[Span]:
    """The one item of a run of three or more word-long clauses that the question does not print, when it prints
    two or more of the others whole; [] otherwise."""
    parts = [trim(folded, a, b) for a, b in clauses(folded)]
    runs: list[list[tuple[int, int]]] = [[]]
    for x, y in parts:
        if _item(folded[x:y]):
            runs[-1].append((x, y))
        elif runs[-1]:
            runs.append([])
    out: list[Span] = []
    for run in runs:
        if len(run) < _RUN:
            continue
        left = [(x, y) for x, y in run if folded[x:y] not in question]
        if len(left) == 1 and len(run) - 1 >= 2:
            out.append(Span(left[0][0], left[0][1], "term", "rest"))
    return out
