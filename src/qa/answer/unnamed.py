"""A person or place the question names that the answer's article never prints.

"男单小将张超在第二轮比赛中击败了谁" answered from an article on another match (冯彦哲/魏雅欣 … 击败朱一珺): the
person the question is about (张超) is nowhere in the answer's article, so whoever the sentence names did
something else. other_name declines this for the other question types; for who-questions it waited for a rival
name in the sentence, which the extractor often misses in a list of players or officials.

"新乡市长是谁" answered from a chronicle of 阿城 ("哈尔滨市委副书记、市长宫本言"), "出席…看无锡活动…的宣传部部长"
from a report on 延安: the title chain names a holder of the post, but of another city's body. The people paths
(people_answer.py) read a holder from a sentence only where its article names the place the question asks of.
"""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings, names_held, names_in, without_wh
from .question import QuestionInfo


def _unprinted(info: QuestionInfo, around: Surroundings, kind: str, text: str) -> bool:
    """The question names a `kind` (names_in: jieba's nr/ns words but the ordinary nouns it tags so) that `text`
    never prints, in any form names_held reads."""
    return any(k == kind and not names_held(name, text) for k, name, _ in names_in(without_wh(info), around))


def person_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The who-question names a person that the answer's article (headline and sentence included) never prints
    ("decline:subject")."""
    if info.qtype != "who" or around.tag is None or not around.article or best.type == "byline":
        return ""
    text = best.sentence.folded + " " + around.near + " " + around.article
    return "decline:subject" if _unprinted(info, around, "person", text) else ""


def place_unnamed(info: QuestionInfo, around: Surroundings) -> bool:
    """The question names a place that the article the sentence stands in never prints. Any place, however
    common (无锡): the post asked is that place's body's."""
    if around.tag is None or not around.article:
        return False
    return _unprinted(info, around, "place", around.near + " " + around.article)
