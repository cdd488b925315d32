"""A place asked where something was held is no place that only opens a quoted name.

"沙巴中华大会堂欢迎公使唐锐的晚宴在哪里举行?" ↔ "…吴添泉昨晚在这里皇子宴会厅,一项由该堂主办的“中国驻马大使馆公使唐锐
莅临沙巴欢迎晚宴”上发表谈话": 中国驻马大使馆, scored best as an organisation, opens the dinner's quoted name and the
quotation runs on past it — it names who the dinner was for, not where it was. So for a where question, when the best
candidate stands right after an opening quotation mark that closes only after more words, the first of the next few
candidates of the same sentence that stands outside any quotation answers first."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_OPEN, _CLOSE = "“「『\"", "”」』\""
_RUN_ON = 2  # characters of the quotation after the candidate: a name, not a place quoted alone
_LOOK = 6  # candidates read after the best one


def _quoted_at(f: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation's (open, close) offsets when [start, end) stands inside one, or None."""
    opened = max(f.rfind(q, 0, start) for q in _OPEN)
    if opened < 0:
        return None
    closes = [i for i in (f.find(q, opened + 1) for q in _CLOSE) if i > opened]
    close = min(closes) if closes else -1
    return (opened, close) if close >= end else None


def quoted_title_last(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with a place outside the quotation moved first when the best only opens a quoted name."""
    kept = list(kept)
    if info.qtype != "where" or len(kept) < 2:
        return kept
    best = kept[0]
    f = best.sentence.folded
    q = _quoted_at(f, best.start, best.end)
    if q is None or q[0] != best.start - 1 or q[1] - best.end < _RUN_ON:
        return kept
    for c in kept[1:1 + _LOOK]:
        if c.sentence.id == best.sentence.id and _quoted_at(f, c.start, c.end) is None:
            return to_front(kept, c)
    return kept
