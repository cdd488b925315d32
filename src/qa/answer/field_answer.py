"""The field of a notice under the sub-head asked. "“泉水情 泉城月”演出在什么地方举行" ↔ "二、“泉水情 泉城月”演出" /
"活动时间:2014年9月6日20:00—21:00" / "活动地点:泉城公园生态广场": a notice lists each activity under its sub-head
with labelled lines; when the best sentence is the sub-head, the line of the asked field under it (before the next
sub-head) tells the time or place of that activity, not of the one above it."""

from __future__ import annotations

import re

from ..types import Answer, Hit
from .features import Ranked
from .people_answer import Reader, told_answer
from .question import QuestionInfo

# a field line's label: "活动时间:", "时间:", "演出地点:"
_FIELDS = {"when": re.compile(r"(?:活动|演出|比赛|会议)?(?:时间|日期)[:：]\s*"),
           "where": re.compile(r"(?:活动|演出|比赛|会议)?(?:地点|地址|场地)[:：]\s*")}
_VALUE_END = re.compile(r"[;；。]")


def field_answer(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked]) -> Answer | None:
    """The value of the asked field's line under the best sentence, a sub-head holding the question; None when
    the best sentence is no sub-head or no line under it is so labelled."""
    label = _FIELDS.get(info.qtype)
    if label is None or not ranked:
        return None
    r = ranked[0]
    s = r.hit.sentence
    if s.kind != "section" or r.coverage < reader.config.min_coverage:
        return None
    for x in reader.corpus.sentences_of(s.article_id):
        if (x.paragraph, x.start) <= (s.paragraph, s.start):
            continue
        if x.kind == "section":
            break  # the next activity's fields
        m = label.match(x.folded)
        if m is None:
            continue
        end = _VALUE_END.search(x.folded, m.end())
        stop = end.start() if end else len(x.folded)
        if stop > m.end():
            return told_answer(reader, question, info, ranked, x, (m.end(), stop), "field", 0.5 + 0.5 * r.coverage,
                               (Hit(x, 0.0), r.hit))
    return None
