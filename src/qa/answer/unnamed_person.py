"""A who-question about someone the answer's article never names.

"男单小将张超在第二轮比赛中击败了谁" answered from an article on another match (冯彦哲/魏雅欣 … 击败朱一珺): the
person the question is about (张超) is nowhere in the answer's article, so whoever the sentence names did
something else. other_name declines this for the other question types; for who-questions it waited for a rival
name in the sentence, which the extractor often misses in a list of players or officials.
"""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings, names_held, names_in, without_wh
from .question import QuestionInfo


def person_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The who-question names a person that the answer's article (headline and sentence included) never prints
    in any form names_held reads ("decline:subject")."""
    if info.qtype != "who" or around.tag is None or not around.article or best.type == "byline":
        return ""
    text = best.sentence.folded + " " + around.near + " " + around.article
    for kind, name, _ in names_in(without_wh(info), around):
        if kind == "person" and not names_held(name, text):
            return "decline:subject"
    return ""
