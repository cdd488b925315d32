""""牧民邓贞民一年打草收入多少元?" ↛ "…每天能收割100亩以上,1天毛收入3000元左右": a how-much question asks a figure per
period (一年, 每月, 每天, 全年) and the answer's clause — the text from the last comma before the figure up to it —
gives its figure per another period (1天, 每月): a day's income is no year's ("decline:measure"; another candidate
may still answer). The asked period printed in the clause too ("一年…每月…") keeps the answer: which of the two the
figure counts is not read. A day of the month (1日) is a date, not a period; only 天 is read in the clause for a day."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_start

# not a figure's last digit ("2021年", "十一月", "11月"): a date, no period
_ALONE = r"(?<![\d〇零一二两三四五六七八九十百千万第])"
_ASKED = re.compile(_ALONE + r"(?:每|一|全|1)个?(年|天|日|月|周|星期|小时)")
_OWN = re.compile(_ALONE + r"(?:每|一|全|1)个?(年|天|月|周|星期|小时)|每日")
_SAME = {"日": "天", "每日": "天", "星期": "周"}
_CLAUSE_MARKS = frozenset("。;；,，!！?？:：")


def other_period_rate(info: QuestionInfo, best: Candidate) -> str:
    """"decline:measure" when the figure's clause gives it per another period than the one asked; "" otherwise."""
    if info.qtype != "number":
        return ""
    asked = _ASKED.search(info.left)
    if asked is None:
        return ""
    period = _SAME.get(asked.group(1), asked.group(1))
    f = best.sentence.folded
    start = clause_start(f, best.start, _CLAUSE_MARKS)
    own = {_SAME.get(m.group(1) or m.group(0), m.group(1) or m.group(0)) for m in _OWN.finditer(f[start:best.end])}
    return "decline:measure" if own and period not in own else ""
