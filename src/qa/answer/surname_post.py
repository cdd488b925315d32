"""A post's holder named again by surname and post: "副校长和飞等校领导出席了典礼" then "典礼上,和副校长对新生…表示
热烈的欢迎" (和 = 和飞). News names a person in full once and then as 姓+职务 (王书记, 李市长); a question about what
was done there asks with the post, and the sentence that tells it names the holder by surname only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import PUNCT
from ..types import Candidate, Sentence
from .around import moved
from .people import post_ending

# what ends a name printed after its post: a mark, a list word, a verb or preposition a name is often followed by
_NAME_END = r"(?=[等、,，。;；和与及及在对向为出表说主致讲发指率带陪参]|$)"


def post_word(asked: str) -> str:
    """The post word ending the asked post ("…致欢迎的副校长" → 副校长: a deputy's 副 with it), or ""."""
    post = post_ending(asked)
    return "副" + post if post and asked.endswith("副" + post) else post


def surnamed(folded: str, post: str) -> list[tuple[int, str]]:
    """(offset, surname) of each 姓+post in `folded` ("和副校长"): one character before the post, after a mark or
    the sentence's start (not a word's last character: "校长" in "副校长")."""
    out = []
    for m in re.finditer(re.escape(post), folded):
        at = m.start() - 1
        if at >= 0 and "\u4e00" <= folded[at] <= "\u9fff" and (at == 0 or folded[at - 1] in PUNCT):
            out.append((at, folded[at]))
    return out


def full_name(sentences: Sequence[Sentence], post: str, surname: str) -> tuple[Sentence, int, int] | None:
    """The holder of `post` whose name opens with `surname`, printed after the post in one of `sentences`
    ("副校长和飞等" → 和飞): the first such, or None."""
    rx = re.compile(re.escape(post) + "(" + re.escape(surname) + r"[^\W\d_]{1,2}?)" + _NAME_END)
    for s in sentences:
        m = rx.search(s.folded)
        if m:
            return s, m.start(1), m.end(1)
    return None


def surname_moved(sentences: Sequence[Sentence], best: Candidate, post: str) -> Candidate | None:
    """A who-answer printed as 姓+post ("和副校长"), shown as the holder's full name the article prints after the
    post (和飞; decided on its own sentence), or None."""
    if not post or len(best.text) != len(post) + 1 or not best.text.endswith(post):
        return None
    found = full_name(sentences, post, best.text[0])
    if found is None:
        return None
    s, start, end = found
    return moved(best, s, start, end, "person", "+surname")
