"""A post asked of one place, read off an article that never names that place.

"新乡市长是谁" answered from a chronicle of 阿城 ("哈尔滨市委副书记、市长宫本言"), "出席…看无锡活动…的宣传部部长"
from a report on 延安: the title chain names a holder of the post, but of another city's body. The people paths
(people_answer.py) read a holder from a sentence only where its article names the place the question asks of.
"""

from __future__ import annotations

from .agreement import Surroundings, names_held, names_in, without_wh
from .question import QuestionInfo


def place_unnamed(info: QuestionInfo, around: Surroundings) -> bool:
    """The question names a place (names_in: jieba's ns words but the ordinary nouns it tags so) that the article
    the sentence stands in never prints, in any form names_held reads. Any place, however common (无锡): the post
    asked is that place's body's."""
    if around.tag is None or not around.article:
        return False
    text = around.near + " " + around.article
    return any(kind == "place" and not names_held(name, text)
               for kind, name, _ in names_in(without_wh(info), around))
