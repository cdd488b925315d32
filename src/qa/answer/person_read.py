"""The sentences naming the person whose posts are asked are read, however low BM25 ranks them.

"刘流担任什么职务?" holds one word that says whom it asks of, the name, and two that every report of an appointment
prints (担任, 职务): BM25 puts first the short sentences of other stories that repeat those (…开始担任嘉善县委书记,
免去…职务), and the one sentence naming 刘流 — a row of experts' posts and names of some 150 characters, 38th — is
never read, so the answer is declined as about someone else. Only a sentence that names the person can tell his
posts: when none of the sentences read does, the retrieved ones past them that print the name (the best
`read_beyond`) are read as well.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Hit
from .people import POSTS_ASKED, asked_person, person_at
from .question import QuestionInfo


def person_read(info: QuestionInfo, read: Sequence[Hit], hits: Sequence[Hit], cap: int) -> list[Hit]:
    """At most `cap` of `hits` (the retrieved ones, best first) not in `read` that print the name of the person
    whose posts the question asks ("X担任什么职务", "X在Y是什么职务"), when no sentence of `read` prints it; []
    for other questions."""
    if not cap or POSTS_ASKED.search(info.text) is None:
        return []
    name = person_at(asked_person(info))[0]
    if not 2 <= len(name) <= 4 or any(name in h.sentence.folded for h in read):
        return []
    seen = {h.sentence.id for h in read}
    return [h for h in hits if h.sentence.id not in seen and name in h.sentence.folded][:cap]
