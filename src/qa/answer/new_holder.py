"""The new or present holder asked: "雲林縣新任副縣長是誰？" ↔ "…介紹新任主管,包括副縣長陳璧君" (墨新聞, the 8th), not
"副縣長謝淑亞" of another page's 2022 list naming 雲林縣 as well. 新任/现任 asks which holder of the post — the one
just appointed or holding it now — and a post is held by many people over the years, each printed somewhere in the
papers; the sentence telling the one asked says so (新任, 现任, 新届, 新当选) or the text right before it does, most
directly by printing the post with the qualifier asked ("新屆理事長黃年榮" for 新屆理事長是誰, over a sentence of
another year's election, "…新届董事会选出…,新任理事长施东方"). So the sentences read for the holder
(people_answer._people) are read those printing the qualified post first, then those telling a new holder, each in
their rank order, the others after; a post asked without the qualifier changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .features import Ranked

_ASKED = re.compile(r"新任|现任|新一任|新届")
_TOLD = re.compile(r"新任|现任|新一任|新届|新当选|新上任|接任")


def new_holder_first(post: str, rows: Sequence[Ranked], near: Callable[[Ranked], str]) -> list[Ranked]:
    """`rows` with those printing the post with the qualifier asked as asked ("新届理事长") first, then those whose
    sentence, or the text right before it (`near`), tells a new or present holder, when `post` asks one
    ("新任副县长"), each in rank order; `rows` unchanged otherwise."""
    m = _ASKED.search(post)
    if m is None:
        return list(rows)
    asked = post[m.start():]  # the qualifier and the post after it: "新届理事长"

    def tier(r: Ranked) -> int:
        f = r.hit.sentence.folded
        return 0 if asked in f else 1 if _TOLD.search(f) is not None or _TOLD.search(near(r)) is not None else 2
    return sorted(rows, key=tier)
