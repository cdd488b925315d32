"""The holder now, for a post asked with no time: "新西兰总理是谁？" ↔ "新西兰总理Christopher Luxon六月访华…" (RNZ,
2025), not "新西兰总理Jacinda Ardern…没有出席…招待会" (新西兰信报, 2019), a sentence holding the question as fully. A
post is held by many people over the years, each right for the day of the page that names them; a question that
names no year, no past (时任, 前任, 曾任, 原, 首任, 第N任…) and no qualifier of its own (新任, 现任: new_holder.py) asks
who holds it now, which the latest page tells. So the sentences read for the holder (people_answer._people) that
print the post asked whole and hold the question as fully as the best one are read latest page first; the others
keep their rank after them. Where it stops: a row holding less of the question or not printing the post whole
("江津区区长" ↛ "巴南区…区政府区长钟涛" of a later page), an undated page among them (it may be the latest), a
question of a time."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .features import Ranked
from .question import QuestionInfo

# a time or a past holder asked: the question is not of the holder now
_TIMED = re.compile(r"\d|[一二三四五六七八九十]+[年届任]|时任|時任|前任|曾任|曾经|曾經|历任|歷任|首任|原任"
                    r"|当时|當時|那时|那時|新任|现任|現任|新一任|新届|新屆|上任|卸任|离任|離任|年代|期间|期間")
_FULL = 1e-9  # (coverage ties: rows holding the question as fully as the best)


def latest_first(info: QuestionInfo, post: str, rows: Sequence[Ranked], date: Callable[[Ranked], str]
                 ) -> list[Ranked]:
    """`rows` (rank order) with those printing the `post` asked whole and holding as much of the question as the
    most covering one moved first, latest `date` (ISO, "" unknown) first, when the question names no time and
    each such row's page is dated; `rows` unchanged otherwise."""
    rows = list(rows)
    if not rows or not post or info.years or _TIMED.search(info.text) or info.text.lstrip().startswith("原"):
        return rows
    top = max(r.coverage for r in rows)
    full = [r for r in rows if r.coverage >= top - _FULL and post in r.hit.sentence.folded]
    if len({date(r) for r in full}) < 2 or not all(date(r) for r in full):
        return rows  # (an undated page may be the latest: "印尼总统" of two undated pages)
    ordered = sorted(full, key=date, reverse=True)  # (stable: rank order within a day)
    return ordered + [r for r in rows if not any(r is x for x in ordered)]
