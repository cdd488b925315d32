"""A post's holder asked by the occasion he attended ("出席华助中心工作交流会的国务院侨办主任", "参加…座谈会的
县政协副主席"): the occasion says which report to read, and a report that never tells it speaks of another day,
when another person may have held the post or stood in for its holder. people_answer._people matched such a
question's post after 的 in any sentence holding enough of the question's other words, so with the right page
left out of the papers another page's holder of the same post answered (the absent-paper protocol's post
answers). A row whose sentence and article together hold less than two thirds of the occasion's character pairs
(people.tells_deed, the measure the deed rules already use to find it told just before) is not read for the
holder: with no other row the question is declined (decline:post)."""

from __future__ import annotations

import re

from .people import tells_deed

# the occasion a post's holder attended, as people._ACT_BEFORE_POST reads it off the post asked (there it is dropped,
# the post read bare): "出席|泰州市新能源产业博览会开幕式|的"
_OCCASION = re.compile(r"(?:出席|参加|参与)[^的,，、]{2,16}?(?:仪式|典礼|会议|大会|活动|开幕式|晚会)(?=的)"
                       # or the visit he paid, the people he called on: "来东台调研…的", "看望慰问…新闻工作者的"
                       r"|(?:到|赴|来|去|前往|在|陪同)[^的,，、]{2,24}?(?:调研|视察|考察|检查|讲话|发言|出席|参加|致辞|"
                       r"慰问|参观|走访|指导)[^的,，、]{0,12}?(?=的)"
                       r"|(?:看望|慰问|会见|接见)[^的,，、]{2,16}?(?=的)")


def occasion_asked(question: str) -> str:
    """The occasion a who-question pins the post's holder by ("出席…开幕式"), or ""."""
    m = _OCCASION.search(question)
    return m.group(0) if m else ""


def occasion_untold(deed: str, sentence: str, article: str) -> bool:
    """Does neither the sentence nor its article tell the occasion the question pins the holder by?"""
    return bool(deed) and not tells_deed(deed, sentence + " " + article)
