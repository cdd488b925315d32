"""A place the question names is no answer to where it went. "在鸡西的第一个采访现场是哪里" ↔ "奔赴第一个采访现场——
鸡西市老年福利中心": the city the question is set in (鸡西, printed 鸡西市) opens the institution that answers; the span
that runs on from it names the site, the city alone repeats the question.

`place_echoed` declines a where-answer whose chain of places ends in one the question itself names, with its
level, as the owner of its subject ("旧金山市市长布里德将访问中国哪个城市?" ↛ "美国加利福尼亚州旧金山市"): the place the
question's subject is of, not where it goes ("decline:echo"; the whole answer printed in the question is policy's
echo already). A place asked where it is ("东白马湖社区在哪里?" ↔ "杭州市萧山区城厢街道东白马湖社区") is answered by
its chain: left alone."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import ADMIN_SUFFIXES
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo


def _echoed(text: str, question: str) -> bool:
    """The place, without its level word ("鸡西市" → 鸡西), is printed in the question."""
    for suffix in sorted(ADMIN_SUFFIXES, key=len, reverse=True):
        if text.endswith(suffix) and len(text) - len(suffix) >= 2:
            return text[:-len(suffix)] in question
    return len(text) >= 2 and text in question


def wider_than_echo_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the longest span of the same sentence that starts with the best place moved to the
    front, when the question names that place: "鸡西市老年福利中心" over "鸡西市" for 在鸡西的…是哪里."""
    kept = list(kept)
    if info.qtype != "where" or not kept or kept[0].type != "place" or not _echoed(kept[0].text, info.text):
        return kept
    best = kept[0]
    wider = [c for c in kept[1:] if c.sentence.id == best.sentence.id and c.start == best.start
             and c.end > best.end and c.type in ("place", "org")]
    if not wider:
        return kept
    top = max(wider, key=lambda c: c.end)
    return to_front(kept, top)


def place_echoed(info: QuestionInfo, best: Candidate) -> str:
    """"decline:echo" when a where-answer's last place (after the places chained before it, or alone) is one the
    question prints with its level ("旧金山市" of "美国加利福尼亚州|旧金山市"); "" otherwise."""
    if info.qtype != "where" or best.type != "place":
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    for i in range(len(text) - 3, -1, -1):  # the last place: three characters or more, its level last
        if i and not text[:i].endswith(ADMIN_SUFFIXES):
            continue  # not where a chained place starts
        last = text[i:]
        at = info.text.find(last)
        if last.endswith(ADMIN_SUFFIXES) and at >= 0 and info.wh \
                and not info.text.startswith(_LOCATED, at + len(last)) and info.wh[0] - at - len(last) >= 2:
            return "decline:echo"  # (the place asked where it is, "东白马湖社区在哪里", is answered by its chain)
        break
    return ""


# the words that ask where the place itself is: "东白马湖社区|在哪里", "…|位于…"
_LOCATED = ("在", "位于", "地处", "坐落", "处于", "属于", "是", "的位置", "的地址", "的具体位置", "隶属")
