"""A post's holder introduced by name, then told what he is: "他叫梁兴星,黔西南州册亨县人民医院派驻坡妹镇同心村驻村
第一书记。" (贵州日报). A profile names its subject after 叫 and describes him in the clause after the comma, a title
chain with no verb ending in the post; no post is printed before the name, so find_holder's chains do not read it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import POSTS
from .people import Titled

_CALLED = re.compile(r"(?:名叫|叫做|叫)$")  # "他叫|梁兴星", "一位名叫|X"
_CLAUSE_END = re.compile(r"[。；;!！?？]|$")


def _shared_tail(a: str, b: str) -> str:
    """The longest common ending of `a` and `b`."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:] if n else ""


def called_holder(post: str, f: str, people: Sequence[Titled]) -> Titled | None:
    """The person named right after 叫 whose comma-led description — the rest of the sentence, one clause with no
    further comma — ends in the asked post ("…同心村驻村第一书记" for 同心村驻村第一书记; at least three characters of
    it shared, ending in a post word); None when no one is."""
    for t in people:
        start, end = t.name
        if not _CALLED.search(f[max(0, start - 2):start]) or f[end:end + 1] not in (",", "，"):
            continue
        stop = _CLAUSE_END.search(f, end + 1)
        clause = f[end + 1:stop.start() if stop else len(f)]
        if not clause or re.search(r"[,，、]", clause):
            continue  # "他叫X,今年45岁,…": a description of several clauses tells no one post
        tail = _shared_tail(clause, post)
        if len(tail) >= 3 and tail.endswith(POSTS):
            return t
    return None
