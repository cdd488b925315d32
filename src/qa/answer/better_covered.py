"""A time asked, the best candidate declined for another place or year: the best-ranked sentence holding more of the
question, telling the question's event, may still answer with its own. "晋中主流媒体座谈会是哪天召开的" ↔ the lead
"7月26日,全市…主流媒体座谈会召开" (coverage 0.82), over another city's "…座谈会26日召开" (0.55), which won on its
anchor and is then declined as another place's.

For `number` and `when` questions compose lets no other sentence answer after such a decline (a figure is its own
sentence's; another's is often of something else); the sentence ranked first among those holding the question, and
holding strictly more of it than the declined one, is the exception for a time when it also prints the event the
question asks after its question word (召开 of "是哪天召开的"): it is the one the question describes best, and its time
dates that event. Stops: not a figure (the best-covering sentence's count or sum is often of another kind: 计划投资
for 总投资, the whole for a kind's part — the suites' declines of pages52, pages57, pages34 and pages43 answered
when figures were let in); not a sentence without the event asked ("2017年元宵节,…举办了…晚宴" for 哪一年成立的);
the candidate's type must be the declined one's, it must not miss the grain asked (grain_miss), and it must still
pass every agreement check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .question import QuestionInfo

# the question's words after its question word, up to a mark: "召开的?" → 召开
_EVENT = re.compile(r"[\u4e00-\u9fff]+")
_LIGHT_END = re.compile(r"(?:的|了|呢|吗|过)+$")


def asked_event(info: QuestionInfo) -> str:
    """The event a when-question asks after its question word ("召开" of "是哪天召开的"), "" for none."""
    m = _EVENT.match(info.right.strip())
    return _LIGHT_END.sub("", m.group()) if m else ""


def tells_asked_event(info: QuestionInfo, folded: str) -> bool:
    """Does the sentence print half or more of the asked event's character pairs (at least two characters asked)?"""
    event = asked_event(info)
    pairs = [event[i:i + 2] for i in range(len(event) - 1)]
    return bool(pairs) and sum(p in folded for p in pairs) * 2 >= len(pairs)


def covering_instead(best: Candidate, others: Sequence[Candidate], coverage_of: Callable[[Candidate], float],
                     first_id: str) -> Candidate | None:
    """The first of `others` from the sentence `first_id` (the best-ranked holding the question) that covers more of
    the question than `best`'s sentence, of `best`'s type and the grain asked; None if there is none."""
    if best.sentence.id == first_id:
        return None
    for c in others:
        if c.sentence.id != first_id or c.type != best.type or dict(c.features).get("grain_miss") == 1.0:
            continue
        if coverage_of(c) > coverage_of(best):
            return c
    return None
