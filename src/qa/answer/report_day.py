"""Which story a "when was it printed" question asks of, in the two shapes issue.py's own reading misses:

- the reporting verb before the story, its outlet before the verb:
  "Hit FM新聞部報道總統府感謝美國同意總統過境是在哪一天", "民革中央網站報道谷振春帶隊走訪…是在哪一天". The outlet
  reporting X asks the day of the report, which the page prints as furniture (a desk line, the headline's line) and
  no sentence holds; the event's own day would be asked with its verb after the question word ("…是哪天发生的"),
  and "据X报道…" cites a report, it does not ask of it.
- a column without a headline asked by its writer and topic: "千仞談梁振英放棄連任的專欄是哪一天刊出的". With no
  headline to speak of the topic, the writer the byline names, printed in the question, picks the story, and half
  of the rest of the topic's character pairs must be in its text (byline.speaks_of's share when the text holds
  the names).

Both give issue.py the article; its date answers, as for "…的消息是哪天更新的".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..normalize import fold
from ..types import Article

# "<outlet>报道<story>是(在)哪一天": the day asked last, nothing after it (an event's verb after it asks the event)
_REPORTED = re.compile(r"^(?P<outlet>[^,，据]{2,20}?)(?:报道|报导|刊登|刊发|刊出)(?:了|的)?(?P<story>[^,，?？]{4,40}?)"
                       r"(?:是在|是于|是)?(?:哪一?天|哪一?日|何时|什么时候|几月几日)\s*[?？]?\s*$")


def reported_story(question: str) -> str | None:
    """The story's words of "<outlet>报道<story>是在哪一天" (folded), None for any other question."""
    m = _REPORTED.search(fold(question))
    return m.group("story") if m else None


def headless_by_writer(subject: str, articles: Sequence[Article], topic_of: Callable[[str], str]) -> Article | None:
    """The first article without a headline whose byline's writer is printed in `subject` and whose text speaks of
    the rest of it (half its character pairs); None when there is none."""
    for a in articles:
        if a.headline.strip() or not a.date:
            continue
        writers = [fold(w) for w in a.byline.reporters if len(w) >= 2 and fold(w) in subject]
        if not writers:
            continue
        rest = subject
        for w in writers:
            rest = rest.replace(w, " ")
        topic = topic_of(rest)
        text = " ".join(fold(p.text) for p in a.paragraphs)
        pairs = [p for p in (topic[i:i + 2] for i in range(len(topic) - 1)) if " " not in p]
        if len(pairs) >= 3 and sum(p in text for p in pairs) * 2 >= len(pairs):
            return a
    return None
