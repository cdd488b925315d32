"""Which of several names of the kind asked in one sentence the question is about, by the words printed right
after each: "仇云霞在哪所大学取得法学硕士学位" ↔ "拥有中国清华大学法学学士学位和加拿大麦吉尔大学法学硕士学位" —
both universities are followed by a degree, and the one whose phrase ends with the most of the question's words
after its head noun (法学硕士学位, not …学士学位) is the one asked. The words that tell the degrees apart (硕士,
学士) stand a few characters off the names and amid the question's other words, so the score features, which read
the question's words around each name, rate both alike. When no phrase ends so, "哪一个单位的成员之一" ↔ "香港特别
行政区政府部门及联合国属下的世界气象组织成员": the one name the question's noun after "<head>的" follows (成员) is the
one asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .post_holder import shared_end
from .question import QuestionInfo

_PHRASE_END = re.compile(r"[,，。;；:：、!！?？()（）和与及或]")
_LEAST = 3  # a shared end this long at least: one or two characters ("学位") may end any phrase


def _after(c: Candidate, tail: str) -> int:
    f = c.sentence.folded
    m = _PHRASE_END.search(f, c.end)
    return shared_end(f[c.end:m.start() if m else len(f)], tail)


def tail_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the candidate of the best one's sentence and type whose following phrase ends
    with more of the question's words after its head noun than the best one's does moved first."""
    kept = list(kept)
    if info.qtype != "what" or not info.head or not info.right.startswith(info.head) or len(kept) < 2 \
            or kept[0].type not in ("org", "person"):
        return kept
    tail = info.right[len(info.head):].strip().rstrip("?？ 呢")
    same = [c for c in kept if c.type == kept[0].type and c.sentence.id == kept[0].sentence.id]
    ends = {id(c): _after(c, tail) for c in same}
    best = max(same, key=lambda c: ends[id(c)])
    if ends[id(best)] < _LEAST or ends[id(best)] <= ends[id(kept[0])]:
        return to_front(kept, _opening_first(same, kept[0], tail))
    return to_front(kept, best)


def _opens(c: Candidate, noun: str) -> bool:
    """The phrase right after the candidate opens with the question's noun after its head's 的 ("…世界气象组织|成员"
    for "哪一个单位的成员之一")."""
    f = c.sentence.folded
    at = c.end + (f[c.end:c.end + 1] == "的")
    return len(noun) >= 2 and f.startswith(noun, at)


def _opening_first(same: Sequence[Candidate], best: Candidate, tail: str) -> Candidate | None:
    """The one candidate of the best one's sentence and type (the best one not among them) that the question's noun
    after "<head>的" follows: "香港天文台是哪一个单位的成员之一" ↔ "…香港特别行政区政府部门及联合国属下的世界气象组织
    成员" → 世界气象组织, not the 政府 whose 部门 it also is."""
    if not tail.startswith("的"):
        return None
    noun = re.match(r"[^\W\d_的是为之]{2,4}", tail[1:])  # up to its copula or 之 ("成员之一")
    if noun is None or _opens(best, noun.group()):
        return None
    opening = [c for c in same if c is not best and _opens(c, noun.group())]
    return opening[0] if len(opening) == 1 else None
