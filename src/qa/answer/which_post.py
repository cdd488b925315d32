"""A holder asked by the post after 哪位 ("哪位住房和城乡建设部副部长出席会议并作重要讲话"), answered with a person the
answer's sentence titles with another body's post ("水利部副部长叶建春出席会议并讲话"): the deed (出席会议, 讲话) fits
any official; the post says which. asked_post reads the post of "X是谁" only; this reads the one after 哪位.
"""

from __future__ import annotations

import re

from ..lexicon import ORG_SUFFIX_RE, POST_MODIFIERS, POSTS, alternation
from ..types import Candidate
from .agreement import Surroundings
from .post_elsewhere import posts_of
from .question import QuestionInfo

# the post right after the question word, before what its holder did ("住房和城乡建设部副部长|出席会议")
_POST_AFTER = re.compile(r"([^,，。;；、的\s]{0,16}?" + alternation(POSTS) + r")(?=[^\W\d_])")


def which_post_asked(info: QuestionInfo) -> str:
    """The post a "哪位<post><deed>" question asks the holder of ("" when it asks none so)."""
    if info.qtype != "who" or info.wh_word not in ("哪位", "哪一位"):
        return ""
    m = _POST_AFTER.match(info.right)
    return m.group(1) if m else ""


def other_body_post(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:post" when the answer's sentence titles the answer only with posts of another body than the one
    asked (水利部 for 住房和城乡建设部)."""
    post = which_post_asked(info)
    name = best.sentence.folded[best.start:best.end].strip()
    if not post or len(name) < 2:
        return ""
    asked = _body(post)
    bodies = [_body(p) for p in posts_of(name, best.sentence.folded)]
    # (a title chain's words before a bare post are no body: "与|外长王毅" for 中国外长)
    return "decline:post" if asked and bodies and all(
        ORG_SUFFIX_RE.search(b) and not b.endswith(asked) and not asked.endswith(b) for b in bodies) else ""


_POST_END = re.compile("(?:" + alternation(POST_MODIFIERS) + ")?" + alternation(POSTS) + "$")


def _body(post: str) -> str:
    """The body a post is of, without the post and its modifier ("水利部副部长" → 水利部)."""
    return _POST_END.sub("", post)
