"""A day told both relative to the page and as a date: "快艇和渡轮下月20日起涨价" (the headline) and "…从6月20日起
生效" (the lead) on a page of 27 May — the answer gives the date as printed, which a reader needs no page date to
read, when the article prints it for the same day."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..dates import resolve_day
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# days told from the page's date (not 当天, 同月: "that day", "that month" are the text's, told before)
_RELATIVE = re.compile(r"[本上下次]月|前天|昨天|昨日|今天|今日|明天|明日|后天")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")


def absolute_first(kept: Sequence[Candidate], info: QuestionInfo, page_date: Callable[[str], str]
                   ) -> list[Candidate]:
    """`kept` (best first) with, when the best is a day told relative to its page (下月20日), a candidate of its
    article printing that day as a month and day (6月20日) moved first. `page_date`: article id → ISO date."""
    kept = list(kept)
    if info.qtype != "when" or len(kept) < 2 or kept[0].type != "time":
        return kept
    best = kept[0]
    text = best.sentence.folded[best.start:best.end]
    if not _RELATIVE.search(text):
        return kept
    day = resolve_day(text, page_date(best.sentence.article_id))
    if day is None:
        return kept
    _, month, dd = (int(x) for x in day.date.split("-"))
    for c in kept[1:]:
        m = _DATE.search(c.sentence.folded[c.start:c.end])
        if c.type == "time" and c.sentence.article_id == best.sentence.article_id and m \
                and (int(m.group(1)), int(m.group(2))) == (month, dd):
            return to_front(kept, c)
    return kept
