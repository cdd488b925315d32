"""A name given for a post asked, where the article prints that person with another post only: "台中市政府地政局長
吳存金…" does not answer "地政局副局長是誰", nor "…魏汶萱出任台北市副發言人" "台北市發言人是誰", nor "民政局長吳世瑋"
"台中市政府地政局長是誰" (the same post word of another office)."""

from __future__ import annotations

import re

from ..lexicon import POSTS, alternation
from ..types import Candidate
from .agreement import Surroundings
from .people import TOOK_POST, asked_post, holds, post_ending
from .question import QuestionInfo
from .spans import ITEMS_END, clause_end

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
    posts = posts_of(name, around.article)
    verdicts = [holds(p, post) for p in posts]
    if not verdicts or True in verdicts:
        return ""
    if False in verdicts:
        return "decline:post"
    return "decline:other-post" if _same_word_elsewhere(post, posts) \
        or _other_word_only(post, posts, name, around.article) else ""


def _same_word_elsewhere(asked: str, posts: list[str]) -> bool:
    """Every post printed with the person ends in the asked post's word but names another office before it: "民政局長"
    for "地政局長", "南屯區長" for "北屯區長". (holds() has found none of them the asked post nor a near miss.)"""
    asked = re.sub(r"[的\s《》「」“”]", "", asked)  # "《飞跃报》的主编" asks 飞跃报主编
    word = post_ending(asked)
    office = asked[-len(word) - 2:]  # the word and the two characters naming its office ("地政局長")
    # (a post of the page's own, "本报主编", "本市局长", is the office the page is about: not another one)
    return bool(word) and len(asked) >= len(word) + 2 \
        and all(post_ending(p) == word and len(p) >= len(word) + 2 and office not in p and "本" not in p
                for p in posts)


def _other_word_only(asked: str, posts: list[str], name: str, article: str) -> bool:
    """Every post printed with the person ends in another post word than the asked one's, and no clause naming the
    person goes on to the asked word ("由總編輯唐達聰升任第一任社長" does): "区委常委、组织部长杨英涛" does not answer
    "天津市市长是谁" (a person answer holds the asked post exactly; holds() has found none of them the asked post nor
    a near miss)."""
    word = post_ending(re.sub(r"[的\s《》「」“”]", "", asked))
    if not word or not all(post_ending(p) and not p.endswith(word) and not word.endswith(post_ending(p))
                           for p in posts):
        return False
    return not any(word in article[m.end():clause_end(article, m.end(), ITEMS_END)]
                   for m in re.finditer(re.escape(name), article))
