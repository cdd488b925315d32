"""The figure of the member of a kind the question names, not the total of a list that holds it: "國慶首日梧州收費站
免費通行小汽車達到多少輛次" ↔ "公司管理的梧州、梧州西、倒水、五嶺四個收費站車流量合計…,其中免費通行小汽車…達到
14000輛次" (the best figure) and "截至1日16時,梧州收費站車流量…,其中免費通行小汽車…達到8500輛次" (its article's
sentence before). A report that adds up several members of a kind names the one asked only as an item of the list
counted before the kind's head noun ("A、B、C、D四個收費站"): its figure is the list's total, so a figure of the
same type and measure in a sentence of the same article that names the member with its head noun ("梧州收費站")
before the figure goes first (of several, the one whose clauses echo the question most: the measure asked). Only
a list of items joined by 、 (和, 及, 与 before the last) closed by a numeral, an optional measure word and the head
noun; the member's name and head noun as `named_owner.asked_names` reads them from the question."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .front import to_front
from .named_owner import asked_names, clauses_before, figure_unit
from .question import QuestionInfo
from .spans import char_bigrams

_ITEM = r"[^、,，;；。:：!！?？\s]{1,8}?"
_COUNT = r"[〇零一二两三四五六七八九十百\d]+[个家座条所处间]?"
_JOINS = "、和及与"
_READ = 4  # the candidates after the best that are read


def in_counted_list(f: str, name: str, head: str) -> bool:
    """Whether `f` prints `name` as an item of a list closed by a count of `head`
    ("梧州、梧州西、倒水、五岭四个收费站")."""
    for m in re.finditer(re.escape(name), f):
        listed = f.startswith(tuple(_JOINS), m.end()) or (m.start() > 0 and f[m.start() - 1] in _JOINS)
        # (the list's pattern made only for a name printed as an item: most are not)
        if listed and re.compile(rf"(?:[{_JOINS}]{_ITEM})*{_COUNT}{re.escape(head)}").match(f, m.end()):
            return True
    return False


def member_figure_first(kept: Sequence[Candidate], info: QuestionInfo,
                        tag: Callable[[str], Sequence[tuple[str, str]]]) -> list[Candidate]:
    """`kept` with the figure of the member asked first when the best one's sentence names that member only in a
    list counted before the kind's head noun (see above); `kept` unchanged otherwise."""
    kept = list(kept)
    if info.qtype not in ("number", "when") or len(kept) < 2:
        return kept
    best = kept[0]
    if info.expects and best.type not in info.expects:
        return kept
    f = best.sentence.folded
    names = [(n, h) for n, h in asked_names(tag(info.text))
             if n in f and in_counted_list(f, n, h) and n + h not in clauses_before(f, best.start, best.end)]
    if not names:
        return kept
    asked = char_bigrams(info.text)
    found = []
    for c in kept[1:_READ + 1]:
        s = c.sentence
        if s.id == best.sentence.id or s.article_id != best.sentence.article_id or c.type != best.type \
                or figure_unit(c.text)[:1] != figure_unit(best.text)[:1]:
            continue
        before = s.folded[:c.end]
        if any(n + h in before and not in_counted_list(before, n, h) for n, h in names):
            found.append(c)
    # of the member's figures, the one whose clauses tell the measure asked ("其中免费通行小汽车…,达到8500辆次",
    # not the station's whole traffic "梧州收费站车流量…达到近10000辆次"): most of the question's character pairs
    echo = [len(asked & char_bigrams(clauses_before(c.sentence.folded, c.start, c.end))) for c in found]
    return to_front(kept, found[echo.index(max(echo))]) if found else kept
