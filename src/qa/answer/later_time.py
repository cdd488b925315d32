"""When something was done, answered from a later clause that tells another happening's time.

"开封扶轮小学是哪一年修建的?" ↛ "…当时的铁路局就在现在陇海新村修建了开封扶轮小学,…,1950年该学校改为铁路职工子弟
学校,…": the clause that prints the deed asked (修建) prints no time of its own, and the year answered opens a later
clause with a happening of its own (改为). A time printed before the deed's clause sets the scene for it ("1950年,
该校修建了新楼": left alone); one printed after it starts another event. `decline:other`, so a candidate from
another sentence that dates the deed may still answer.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# a time a clause prints: a year, month or day in figures or Chinese numerals, a decade or a century
_TIME = re.compile(r"[\d〇零一二三四五六七八九十百]+\s*(?:年|月|日|号)|年代|世纪")
# the deed asked, right after the question word: "哪一年|修建的", "什么时候|是成立的" (two to four characters, the
# verb its last two: "被蒙军|灭国")
_DEED = re.compile(r"(?:是|在|被|由)?(?P<verb>[\u4e00-\u9fff]{2,4}?)(?:的|了)?\s*[?？。]?$")
# a clause that ends as the time of what follows: "慈禧选中入宫后,…才于咸丰二年七月…"
_SETTING_END = re.compile(r"(?:后|之后|以后|时|之时|前|之前|以前)$")
_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def later_time(info: QuestionInfo, best: Candidate) -> str:
    """"decline:other" when the time answered opens a clause after the one printing the deed asked, and that
    clause prints no time; "" otherwise."""
    if info.qtype != "when" or not info.wh or best.type != "time":
        return ""
    m = _DEED.fullmatch(info.text[info.wh[1]:].strip())
    if m is None:
        return ""
    verb = m["verb"][-2:]
    text = best.sentence.folded
    spans = [(c.start(), c.end()) for c in re.finditer(r"[^,，;；。!！?？]+", text)]
    deed = [(a, b) for a, b in spans if verb in text[a:b]]
    if not deed or any(a <= best.start < b for a, b in deed) or best.start < deed[0][0]:
        return ""
    a, b = [d for d in deed if d[1] <= best.start][-1]  # the deed's clause nearest before the time answered
    if _TIME.search(text[a:b]) or _SETTING_END.search(text[a:b]):
        return ""
    # the time's own clause printing other words of the question ("教育部原定…返校复课" ↔ "…返校复课,由教育部原定3月1日
    # 展延两週"): it dates what is asked
    c, d = next((c, d) for c, d in spans if c <= best.start < d)
    asked = [info.text[i:i + 2] for i in range(info.wh[0] - 1)]
    if any(_PAIR.fullmatch(w) and w in text[c:d] for w in asked):
        return ""
    return "decline:other"
