"""A kind of place is answered by the name printed right after it. "旅比华侨联合会在哪家饭店举办新春联欢" ↔
"…在安特卫普唐人街上的老牌饭店中国星大酒楼隆重举办…": the head rule stops at the kind ("老牌饭店"), and the name
in apposition after it, a restaurant's own ending (大酒楼, 酒家, 餐厅…), is the one place meant — the answer. And a
school's numbered branch is part of its name: "古晋中华小学第一校" (one of six schools under one board) is cut at
"中华小学" by the organisation rule; "第一校" after a school's ending is kept with it."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_KIND_END = re.compile(r"(?:饭店|酒店|酒楼|酒家|餐厅|餐馆|茶楼)$")
_NAMED = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:大酒楼|酒楼|酒家|大酒店|大饭店|饭店|酒店|餐厅|餐馆|茶楼)")
_SCHOOL_END = re.compile(r"(?:小学|中学|学校|华小|公学)$")
_BRANCH = re.compile(r"第[一二三四五六七八九十\d]{1,3}校")


def named_venue(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The restaurant's name printed right after the kind the answer ends in; None otherwise."""
    if info.qtype not in ("what", "where", "other"):
        return None
    f = best.sentence.folded
    if not _KIND_END.search(f[best.start:best.end]):
        return None
    m = _NAMED.match(f, best.end)
    return best.narrowed(best.end, m.end(), "venue-name") if m else None


def school_branch(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """A school's answer with its numbered branch ("…小学|第一校") printed right after it; None otherwise."""
    if info.qtype not in ("what", "where", "other"):
        return None
    f = best.sentence.folded
    m = _BRANCH.match(f, best.end)
    if m is None or not _SCHOOL_END.search(f[best.start:best.end]):
        return None
    return best.narrowed(best.start, m.end(), "branch")
