"""A day asked, answered with the day and its hour: "山西省政协原主席刘泽民是哪一天逝世的" ↔
"刘泽民同志因病于2017年2月27日7时50分逝世": the best time, "2月27日7时50分", runs from the day into the hour and
minute, finer than asked, and leaves the year out; the time of the same sentence that ends with that same day and
holds it whole ("2017年2月27日") is the day asked. Only for a question asking a day (哪一天, 哪天, 哪日, 几月几日,
几号) with no part of the day or hour in it (哪天下午 asks the part: part_of_day.py; 几点 the hour), only when the
best runs on past 日 or 号 into an hour (时, 点) and the other ends right at that 日 or 号 and starts before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_DAY_ASKED = re.compile(r"哪一?天|哪一?日|几月几[日号]|几号")
_FINER_ASKED = re.compile(r"几点|几时|时间|上午|下午|晚上|凌晨|中午|傍晚|早上|夜里")
_DAY_THEN_HOUR = re.compile(r"^(.*?[日号])\s?[\d〇零一二两三四五六七八九十]+\s?(?:时|点)")
_READ = 4  # the candidates after the best that are read


def asks_day(info: QuestionInfo) -> bool:
    """Whether the question asks a day and no part of it nor an hour (month_day.py reads it too)."""
    return _DAY_ASKED.search(info.text) is not None and not _FINER_ASKED.search(info.text)


def day_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` with the day of the best's day and hour first (see above); `kept` unchanged otherwise."""
    if info.qtype != "when" or len(kept) < 2 or not asks_day(info):
        return list(kept)
    best = kept[0]
    m = _DAY_THEN_HOUR.match(best.text)
    if best.type != "time" or m is None:
        return list(kept)
    day_end = best.start + len(m.group(1))  # the offset right after the best's 日
    day = next((c for c in kept[1:1 + _READ] if c.sentence.id == best.sentence.id and c.type == "time"
                and c.end == day_end and c.start < best.start), None)
    return to_front(kept, day)
