"""A name given for a post asked, where the article prints that person with another post only: "台中市政府地政局長
吳存金…" does not answer "地政局副局長是誰", nor "…魏汶萱出任台北市副發言人" "台北市發言人是誰"."""

from __future__ import annotations

import re

from ..lexicon import POSTS, alternation
from ..types import Candidate
from .agreement import Surroundings
from .people import TOOK_POST, asked_post, holds
from .question import QuestionInfo

# the words of a title before the name, ending in a post ("台中市政府地政局長|吳存金"), within its clause
_BEFORE = re.compile(r"([^,;。!?、:()\s]{0,16}?" + alternation(POSTS) + r")$")


def posts_of(name: str, article: str) -> list[str]:
    """The posts the article prints with `name`: the title right before it, or the post a verb gives it right
    after."""
    found: list[str] = []
    for m in re.finditer(re.escape(name), article):
        before = _BEFORE.search(article, max(0, m.start() - 24), m.start())
        if before:
            found.append(before.group(1))
        after = TOOK_POST.match(article, m.end())  # "魏汶萱|出任台北市副發言人"
        if after:
            found.append(after.group(1))
    return found


def other_post_only(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:post" when the answer is a person the article prints only with a near miss of the asked post (the
    head for a deputy, the deputy for the head) and never with the post itself."""
    post = asked_post(info)
    name = best.sentence.folded[best.start:best.end].strip()
    if not post or len(name) < 2 or not around.article:
        return ""
    verdicts = [holds(p, post) for p in posts_of(name, around.article)]
    return "decline:post" if verdicts and False in verdicts and True not in verdicts else ""
