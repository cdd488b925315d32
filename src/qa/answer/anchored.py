"""Of several names of the kind asked in one sentence, the one the question's own words are printed against: a who-
or where-question's answer stands where its question word stands, so the words the question puts right after its
question word follow it in the sentence, or the words right before it precede it ("在哪一個國家|的餐館用餐時若超過一定量
要附加宴會稅" ↔ "在泰國,在餐館用餐必須附加消費稅,在日本|的餐館不收取小費,但用餐超過一定量要附加宴會稅": 日本, not 泰國;
"淮陰侯韓信為哪裡|人" ↔ "…都是楚州|人": a place of origin is anchored by 人 alone). The candidate so anchored (two
content characters at least) answers before a better scored one of the same sentence and type that is anchored less
firmly, unless the best one's stretch of the sentence (to the next name of its type) tells more of the question's
pairs of characters ("在哪個國家的餐館用餐時必須要附加消費稅" ↔ "在泰國,在餐館用餐必須附加消費稅": 泰國 stays, though
日本|的餐館 is anchored). Measured on CMRC and DRCD, where a broader reading (the stretch alone) made 58 answers
worse: the scores already weigh the words near a candidate."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# the types this reads: a name of the kind asked
_TYPES = ("person", "place", "org")
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_REACH = 30  # a candidate's stretch runs at most this far from it (to the next name of its type before that)
# the words an anchor may not consist of alone: 的, a copula, a preposition, a particle (they follow any noun)
_LIGHT = set("的是为于在了和与及或也就都而着过之其被把从向对到由以")
# a clause mark: the anchor is the question's words up to it
_MARK = re.compile(r"[\s,，。;；:：!！?？、“”\"「」《》()（）]")
_LONGEST = 6  # at most this many characters of the question are compared on each side
_NATIVE = "人"  # the one character a question may close with after its question word and still anchor the answer


def _pairs(text: str) -> set[str]:
    """The pairs of Chinese characters of `text` (overlapping)."""
    return {text[i:i + 2] for i in range(len(text) - 1) if _CJK.fullmatch(text, i, i + 2)}


def _told(c: Candidate, bounds: Sequence[tuple[int, int]], right: set[str], left: set[str]) -> int:
    """How many of the question's pairs the candidate's stretch prints: those after the question word in the text
    between it and the next name of its type, those before the question word in the text between the name before
    it and it (neither further than _REACH)."""
    f = c.sentence.folded
    nxt = min((a for a, _ in bounds if a >= c.end), default=len(f))
    prv = max((b for _, b in bounds if b <= c.start), default=0)
    after = f[c.end:min(nxt, c.end + _REACH)]
    before = f[max(prv, c.start - _REACH):c.start]
    return len({p for p in right if p in after}) + len({p for p in left if p in before})


def _after(info: QuestionInfo) -> str:
    """The question's words right after its question word, to the first mark."""
    return _MARK.split(info.right.strip(), maxsplit=1)[0][:_LONGEST]


def _before(info: QuestionInfo) -> str:
    """The question's words right before its question word, from the last mark, without a closing copula or 的."""
    left = _MARK.split(info.left.rstrip())[-1]
    return re.sub(r"(?:的|是|为)+$", "", left)[-_LONGEST:]


def _reach(c: Candidate, after: str, before: str, content: int) -> int:
    """How many of the question's characters the sentence prints against the candidate, `content` of them at least
    not light: the longest prefix of `after` right after it or the longest suffix of
    `before` right before it; 0 when none."""
    f = c.sentence.folded
    best = 0
    n = 0
    while n < len(after) and c.end + n < len(f) and f[c.end + n] == after[n]:
        n += 1
    if n >= 2 and sum(ch not in _LIGHT for ch in after[:n]) >= content:
        best = n
    elif after == _NATIVE and f.startswith(_NATIVE, c.end):
        best = 2  # "…为哪里|人" ↔ "…都是楚州|人": a place of origin is printed against 人 alone
    n = 0
    while n < len(before) and c.start - n - 1 >= 0 and f[c.start - n - 1] == before[len(before) - n - 1]:
        n += 1
    if n >= 2 and sum(ch not in _LIGHT for ch in before[len(before) - n:]) >= content:
        best = max(best, n)
    return best


def anchored_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` with the typed candidate of the best one's sentence that the question's words anchor (two content
    characters at least, printed right against it) moved first, when the best one is anchored less firmly and its
    stretch tells no more of the question; unchanged otherwise."""
    kept = list(kept)
    if info.qtype not in ("who", "where") or not info.wh or not kept:
        return kept
    best = kept[0]
    if best.type not in _TYPES or not best.rule.startswith("type:"):
        return kept
    after, before = _after(info), _before(info)
    same = [c for c in kept if c.sentence.id == best.sentence.id and c.type == best.type
            and c.rule.startswith("type:")]
    if len(same) < 2 or (len(after) < 2 and len(before) < 2):
        return kept
    bounds = [(c.start, c.end) for c in same]
    right, left = _pairs(info.right), _pairs(info.left)
    own = _reach(best, after, before, 1)
    told = _told(best, bounds, right, left)
    rival = None
    for c in same[1:]:
        if c.text in info.text or (c.start < best.end and best.start < c.end):
            continue  # the question's own name, or the best one cut another way
        n = _reach(c, after, before, 2)
        if n > own and _told(c, bounds, right, left) >= told and (rival is None or n > rival[0]):
            rival = (n, c)
    return to_front(kept, rival[1] if rival else None)
