"""A candidate that cuts through a quotation proposes the quoted term too: "与明代的《西游记》、《|红楼梦》合称中国
古典四大文学名著" (a list item cut at "、") for 还有哪一部小说 gives 红楼梦.

A quotation (「」, 《》, “”) prints one term, title or name whole. A span holding one of its marks but not the other
starts or ends inside it: the quoted term, with the span's sources, is a candidate beside it (moved instead of
added, or for sentences and clauses too, it cost DRCD 11 answers for 8)."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import Span


def quoted_within(start: int, end: int, quotes: Sequence[Span]) -> tuple[int, int] | None:
    """The inside of the one quotation [start, end) holds only one mark of (`quotes`: insides, marks around them),
    or None when it crosses none, or more than one, or holds another whole."""
    crossed = [q for q in quotes if (start <= q.start - 1 < end) != (start <= q.end < end)]
    if len(crossed) != 1 or any(start <= q.start - 1 and q.end < end for q in quotes):
        return None  # (a span holding a whole quotation too lists several: "夜香花”、“夜兰香”")
    q = crossed[0]
    return (q.start, q.end) if q.end > q.start else None
