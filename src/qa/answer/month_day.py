"""A bare day, the month printed with it elsewhere in the sentence: "师大一中的迎新游园活动是哪天举行的" ↔
"2015年12月31日,为了让同学们…迎接新年的到来,师大一中31日下午专门举行了一场…游园活动": the best time, "31日下午",
says only the day of the month, which the reader must take from the page; the same sentence prints that day whole
("2015年12月31日"), and that is the day asked, readable without the page. Only for a question asking a day (哪天,
哪一天, 几月几日, 几号) with no part of the day or hour in it (哪天下午 asks the part: part_of_day.py), only when the
best prints no month and the other time of its sentence ends with the same day of the month and holds a month."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .day_not_hour import asks_day
from .front import to_front
from .question import QuestionInfo

_BARE_DAY = re.compile(r"^(\d{1,2})\s?[日号]")  # "31日下午", "5号" (no month before it)
_WHOLE_DAY = re.compile(r"\d{1,2}\s?月\s?(\d{1,2})\s?[日号]$")  # "2015年12月31日", "12月31日"
_READ = 4  # the candidates after the best that are read


def whole_day_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` with the time of the best's sentence printing the best's bare day with its month first (see above);
    `kept` unchanged otherwise."""
    if info.qtype != "when" or len(kept) < 2 or not asks_day(info) or kept[0].type != "time":
        return list(kept)
    best = kept[0]
    m = _BARE_DAY.match(best.text)
    if m is None:
        return list(kept)
    day = next((c for c in kept[1:1 + _READ] if c.sentence.id == best.sentence.id and c.type == "time"
                and (w := _WHOLE_DAY.search(c.text)) is not None and int(w.group(1)) == int(m.group(1))), None)
    return to_front(kept, day)
