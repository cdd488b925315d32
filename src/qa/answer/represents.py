"""Who speaks for whom: "张森代表教师,…刘钊代表在校生,…刘嵘琳代表新生先后发言" pairs each name with the 代表 right
after it, so "代表教师发言的是谁" asks the name printed right before "代表教师" (张森), not the one nearest 发言."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .spans import Span

# "代表|教师|发言", "代表|全体运动员|宣誓": the group spoken for, up to the deed or 的
_ASKED = re.compile(r"代表([\u4e00-\u9fff]{2,6}?)(?:发言|讲话|致辞|宣誓|签字|签约|出席|参加|领奖|上台|作|做|的|$)")


def represented(question: str) -> str:
    """The group a who-question asks the speaker for ("代表教师发言的是谁" → 教师), or ""."""
    m = _ASKED.search(question)
    return m.group(1) if m else ""


def representatives(folded: str, spans: Iterable[Span], group: str) -> list[Span]:
    """The person spans printed right before "代表" + `group` in the sentence ("张森|代表教师")."""
    mark = "代表" + group
    ends = {m.start() for m in re.finditer(re.escape(mark), folded)}
    return [sp for sp in spans if sp.type == "person" and sp.end in ends]
