"""Which of several names in one sentence holds the post a who-question asks: "哪位全国工商联副主席出席了…" ↔
"全国工商联主席黄孟复,全国工商联副主席程路出席会议" and "谁任筹备委员会常务副主任" ↔ "刘汶辉任筹备主任,邱文峰任
常务副主任", and "第二团团长由谁担任" ↔ "张学良任旅长,郭松龄为该旅第二团团长". Each name has a post printed with it
(before it, or after 任/担任/出任/为, a unit's place before them: "在第三团任团长"), and the one whose post ends
with the most of the asked post's own end holds it: a post's head word is its end, and what sets it apart (副,
常务) is printed right before that (the score features read the question's words around each name, and a post
told for the first name is as near to them as the second)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from ..lexicon import HONORIFIC_TITLES, POSTS
from ..types import Candidate
from .front import to_front
from .names import asked_post_prefix
from .question import QuestionInfo

_TOOK = re.compile(r"^(?:担任|出任|兼任|任)(.+)$")  # "谁|任筹备委员会常务副主任"
_PIECE_END = ",，、;；:：。!！?？()（）“”\"《》 "  # what ends the post printed with a name
# "X|任筹备主任", "X|为该旅第二团团长", "X|在粤军第一师第三团任团长": the post printed after the name
_AFTER_NAME = re.compile(r"(?:在[^" + re.escape(_PIECE_END) + r"]{2,16}?)?(?:担任|出任|兼任|任|为)([^"
                         + re.escape(_PIECE_END) + r"]{1,20})")
_TAKES = re.compile(r"担任|出任|接任|继任|任职|所任职|所担任")  # "由谁|担任"


def _asked(info: QuestionInfo) -> str:
    """The post asked: after 哪位 ("哪位|全国工商联副主席出席了…"), after 谁任 ("谁|任…常务副主任"), or before 由谁担任
    ("第二团团长由|哪一个人|担任")."""
    if info.qtype != "who":
        return ""
    left = info.left.strip()
    if left.endswith("由") and _TAKES.fullmatch(info.right.strip().rstrip("?？ 呢的了")):
        post = left[:-1].removesuffix("是")
        return post if post.endswith(POSTS) else ""
    if left:
        return ""
    right = info.right.strip().rstrip("?？ 呢的")
    if re.fullmatch(r"哪一?[位名个]", info.wh_word):  # the noun asked follows ("哪一个人|继任了…总统": none)
        return asked_post_prefix(right)
    m = _TOOK.match(right) if info.wh_word == "谁" else None
    return m.group(1) if m and m.group(1).endswith(POSTS) else ""


def shared_end(a: str, b: str) -> int:
    """How many characters `a` and `b` end with alike."""
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


def _held(c: Candidate, post: str) -> int:
    """How much of the asked post's end the post printed with the name ends with (0 when none is printed)."""
    f = c.sentence.folded
    cut = max(f.rfind(ch, 0, c.start) for ch in _PIECE_END)
    before = f[cut + 1:c.start]
    for h in HONORIFIC_TITLES:  # "区议员拿督斯里|沈桂贤"
        before = before.removesuffix(h)
    after = _AFTER_NAME.match(f, c.end)
    printed = [p for p in (before, after.group(1) if after else "") if p.endswith(POSTS)]
    return max((shared_end(p, post) for p in printed), default=0)


def holder_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person of the best one's sentence whose printed post shares more of the asked
    post's end than the best one's does moved first."""
    kept = list(kept)
    post = _asked(info)
    if not post or len(kept) < 2 or kept[0].type != "person":
        return kept
    same = [c for c in kept if c.type == "person" and c.sentence.id == kept[0].sentence.id]
    held = {id(c): _held(c, post) for c in same}
    holder = max(same, key=lambda c: held[id(c)])  # the first of equals: the best one keeps a tie
    if held[id(holder)] <= held[id(kept[0])]:
        return kept
    return to_front(kept, holder)
