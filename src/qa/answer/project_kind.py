"""The figure of the kind of project asked. News of a batch of projects counts them whole and by kind in one
breath: "此次全市集中开工的168个项目,总投资454.3亿元,…有…77个产业项目,有…37个基础设施项目", "重点项目共有208个,
今年计划完成投资92.7亿元" then "省级重点项目25个,…,市级重点项目183个,今年计划完成投资55.7亿元". A question
asking the figure of one kind ("基础设施项目总投资多少亿元", "市级重点项目今年计划完成投资多少", "产业项目有多少个")
is answered by a figure told of that kind: the projects a figure counts are named right after it ("37个|基础设施
项目") or else by the last 项目 before it in its sentence, with the clause that names them ("…集中开工的168个项目").
A figure of projects of another kind, or of all of them, is not the one asked: the figure of the kind asked is
taken, or none when the page does not count that kind (declined)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_HEAD = "项目"
_MOST = 4  # the kind's words before 项目: 基础设施, 市级重点, 产业
_NOT_KIND = frozenset("的中个了在和与及、有共其为是等以")  # what ends the kind's words on the left
_ALL = ("全部", "所有", "各类", "全体")  # all the projects: no kind
_CLAUSE = re.compile(r"[,，;；。:：!！?？]")
_AFTER = 8  # the projects counted named this close after the figure ("37个|基础设施项目")
# a sentence counting projects ("168个项目", "重点项目共有208个", "市级重点项目183个"), not telling one project's
# figures ("该项目总投资约64亿元")
_NUM = r"[\d一二两三四五六七八九十百千]+个"
_COUNTS = re.compile(_NUM + r"[^,，;；。]{0,10}项目|项目[^,，;；。]{0,4}?" + _NUM)


def asked_project_kind(info: QuestionInfo, printed: str = "") -> str:
    """The kind of project a how-many question asks the figure of ("基础设施" of "…基础设施项目总投资多少"): the two to
    four characters before its 项目 (before the question word), as many of them as `printed` (the page's text)
    prints before 项目 ("一月份重点项目" → 重点); "" when it names none."""
    if info.qtype != "number" or not info.wh or _HEAD in info.text[info.wh[1]:]:
        return ""  # ("…项目中有多少个|产业项目": the projects counted are named after the question word, as asked)
    text = info.text[:info.wh[0]]
    at = text.rfind(_HEAD)
    i = at
    while i > 0 and at - i < _MOST and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _NOT_KIND:
        i -= 1
    if at - i < 2 or text[i:at].endswith(_ALL):
        return ""
    return next((text[k:at] for k in range(i, at - 1) if text[k:at] + _HEAD in printed), text[at - 2:at])


def _counted(f: str, start: int, end: int) -> str | None:
    """The words naming the projects a figure at f[start:end] counts: the words up to 项目 right after it, else the
    clause up to the last 项目 before it in its sentence; None when no 项目 is printed there."""
    stop = _CLAUSE.search(f, end)
    after = f[end:stop.start() if stop else len(f)]
    k = after.find(_HEAD)
    if 0 <= k <= _AFTER:
        # with the words of its clause before it ("…集中开工的|168个|项目"), from the last projects named there
        # on ("77个产业项目、|37个|基础设施项目": those words named the others)
        clause = max((m.end() for m in _CLAUSE.finditer(f, 0, start)), default=0)
        named = f.rfind(_HEAD, clause, start)
        return f[max(clause, named + len(_HEAD) if named >= 0 else 0):start] + after[:k]
    opened = max(f.rfind(p, 0, start) for p in "。;；!！?？") + 1
    k = f.rfind(_HEAD, opened, start)
    if k < 0:
        return None
    clause = max((m.end() for m in _CLAUSE.finditer(f, opened, k)), default=opened)
    return f[clause:k]


def fits_kind(kind: str, c: Candidate) -> bool | None:
    """Whether the figure counts projects of this kind (None: its sentence counts no projects for it)."""
    if not _COUNTS.search(c.sentence.folded):
        return None
    counted = _counted(c.sentence.folded, c.start, c.end)
    return None if counted is None else kind in counted


def project_kind_first(kept: Sequence[Candidate], info: QuestionInfo, agrees: Callable[[Candidate], bool]
                       ) -> tuple[list[Candidate], str]:
    """`kept` with the best figure (of the type and unit asked, `agrees`) counting projects of the kind asked moved
    first when the best one counts another kind; and the kind when none does, else "" (the page does not count
    that kind: compose reads the sentences beside for it)."""
    kept = list(kept)
    kind = asked_project_kind(info, " ".join(dict.fromkeys(c.sentence.folded for c in kept)))
    if not kind or not kept or fits_kind(kind, kept[0]) is not False:
        return kept, ""
    told = next((c for c in kept[1:] if agrees(c) and fits_kind(kind, c)), None)
    if told is None:
        return kept, kind
    return to_front(kept, told), ""
