"""A post of a named body asked ("更生日報社的副總編輯是誰") and the answer titled by a body of the same kind that is
not it ("访安徽工人日报社党总支书记、副总编辑陆世明": another 报社's deputy editor): the title chain before the name
(its clause, across the 、 that joins one person's posts) names a body ending in the asked body's kind word (报社,
大学, 法院) and never the asked body ("decline:post"). post_elsewhere.py compares the post printed right before
the name, which the 、 cuts from the body; which_post.py reads "哪位<post>" questions."""

from __future__ import annotations

import re

from ..lexicon import ORG_SUFFIX_RE, POST_MODIFIERS, alternation
from ..types import Candidate
from .people import asked_post, post_ending
from .question import QuestionInfo

# where a title chain begins: the clause's start (a 、 joins posts of one person and does not end it)
_CLAUSE_START = re.compile(r"[,，;；。!?！？:：()（）\s—]")

_MODIFIER_END = re.compile("(?:" + alternation(POST_MODIFIERS) + ")$")


def _asked_body(info: QuestionInfo) -> tuple[str, str]:
    """The body whose post is asked and its kind word ("更生日报社的副总编辑" → 更生日报社, 报社); "" when none."""
    post = re.sub(r"[\s《》「」“”]", "", asked_post(info))
    word = post_ending(post)
    if not word or not post.endswith(word):
        return "", ""
    body = _MODIFIER_END.sub("", post[:-len(word)]).rstrip("的")  # "…的副|总编辑": 副 is no part of the body
    if "的" in body:
        return "", ""
    m = ORG_SUFFIX_RE.search(body)
    if m is None or len(m.group()) < 2 or len(body) < len(m.group()) + 2:
        return "", ""  # a one-character kind (部, 会, 社) names too many bodies to tell one by
    return body, m.group()


def chain_body(info: QuestionInfo, best: Candidate) -> str:
    """"decline:post" when the answer's title chain names another body of the asked body's kind and not it."""
    if best.type != "person":
        return ""  # (read first: the question's post is not worked out for an answer that is no person)
    body, kind = _asked_body(info)
    if not body:
        return ""
    folded = best.sentence.folded
    start = best.start
    starts = [m.end() for m in _CLAUSE_START.finditer(folded, 0, start)]
    chain = folded[starts[-1] if starts else 0:start]
    core = body[:-len(kind)]
    if kind not in chain or body in folded or core in folded:
        return ""
    return "decline:post"
