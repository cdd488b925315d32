"""The day of the meeting asked, not of another meeting the sentence names beside its day. "对上一次中日韩首脑会谈在
哪一年举行" ↛ "对上一次三国外长会谈于2012年4月在中国举行"; "中非合作论坛第八届部长级会议是什么时候举行的" ↛ "…部长级会议
成果落实协调人会议昨天…举行" but ↔ "继去年11月中非合作论坛第八届部长级会议之后…"; "…政协十四届三次会议哪天开幕" ↛
"1月8日下午,…十四届第二十二次主席会议召开". A report dates several meetings of one body; the question's other words
(the body, 举行, 召开) fit all of them, and what tells them apart is the words right before the meeting's head (会议,
会谈, 仪式): 首脑 and 外长, 部长级 and 协调人. The meeting named nearest a time is the one it dates; when its words
there share no character with the question, it is another meeting: the time of a sentence naming the one asked
with the question's own words is taken, or none (declined)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import CJK
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_HEADS = ("会谈", "会晤", "会议", "峰会", "仪式", "典礼", "论坛", "大会")
_NAMING = 2  # the characters before the head that tell one meeting from another (首脑|会谈, 三次|会议)
_POINTERS = frozenset("该此本这其次届")  # 该会议, 此次会议, 本届大会: the meeting told before, no other


def asked_meeting(info: QuestionInfo) -> tuple[str, str] | None:
    """The head of the meeting a when-question asks the time of and its naming characters ("会谈", "首脑"), the
    last meeting named before the question word; None when it names none by two characters of its own."""
    if info.qtype != "when" or not info.wh:
        return None
    left = info.text[:info.wh[0]]
    found = max(((left.rfind(h), h) for h in _HEADS), default=(-1, ""))
    at, head = found
    naming = left[at - _NAMING:at] if at >= _NAMING else ""
    if at < 0 or len(naming) < _NAMING or not all(CJK.match(ch) for ch in naming):
        return None
    return head, naming


def _named(c: Candidate, head: str) -> str | None:
    """The naming characters of the meeting printed nearest the time in its sentence (None: no such meeting)."""
    f = c.sentence.folded
    spots = [k for k in range(len(f)) if f.startswith(head, k) and k >= _NAMING]
    if not spots:
        return None
    k = min(spots, key=lambda k: min(abs(k - c.end), abs(c.start - (k + len(head)))))
    return f[k - _NAMING:k]


def _other(naming: str, named: str | None, q: str) -> bool:
    """The meeting named is another than the one asked: its naming characters are no pointer and none is the
    question's."""
    return named is not None and not any(ch in _POINTERS or ch in q for ch in named) \
        and all(CJK.match(ch) for ch in named) and named != naming


def asked_meeting_first(kept: Sequence[Candidate], info: QuestionInfo) -> tuple[list[Candidate], bool]:
    """`kept` with, for a when-question asking a meeting's time, the first time whose nearest meeting is named as
    the question names it moved first when the best one's nearest meeting is another; and whether none is (the
    papers do not date the meeting asked: declined)."""
    kept = list(kept)
    asked = asked_meeting(info)
    if asked is None or not kept or kept[0].type != "time":
        return kept, False
    head, naming = asked
    if not _other(naming, _named(kept[0], head), info.text):
        return kept, False
    told = next((c for c in kept[1:] if c.type == "time" and _named(c, head) == naming), None)
    return (kept, True) if told is None else (to_front(kept, told), False)
