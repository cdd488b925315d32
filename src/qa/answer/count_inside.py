"""A count printed inside the noun phrase the question asks it of: "多少个省直部门联合启动了…" ↔ "省发展改革委等省直
11部门,…" — news drop the measure word and set the figure between a noun's modifier and its head (省直|11|部门), so
the candidate read off it is cut at a character the extractor takes for a unit ("11部"), while another figure of the
sentence carries the asked unit (10个县): the figure printed inside the asked phrase is its count."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Candidate
from .question import QuestionInfo

_HAN = re.compile(r"[\u4e00-\u9fff]+")


def count_inside(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """For a count asked right before its noun ("多少个|省直部门"), the kept candidate printed between the noun's first
    two characters or more and the rest of it, two characters or more ("省直|11|部门"), widened to the noun it counts;
    None when no kept figure is so printed."""
    if info.qtype != "number" or not info.wh or not re.fullmatch(r"(?:多少|几)[个名家所座项位条]?", info.wh_word):
        return None
    head = _HAN.match(info.right)
    if head is None or len(head.group()) < 4:
        return None
    noun = head.group()[:8]
    for c in kept[:8]:
        if c.type != "number":
            continue
        f = c.sentence.folded
        digits = re.match(r"\d+", f[c.start:])
        if digits is None:
            continue
        after = c.start + digits.end()
        for i in range(min(6, len(noun) - 2), 1, -1):
            if not f.endswith(noun[:i], 0, c.start):
                continue
            rest = next((noun[i:j] for j in range(len(noun), i + 1, -1) if f.startswith(noun[i:j], after)), "")
            if rest:
                end = after + len(rest)
                return replace(c, text=c.sentence.text[c.start:end], end=end, rule=f"{c.rule}+inside")
    return None
