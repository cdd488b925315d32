"""A figure a condition sets is no amount that was reached. "檳華堂目前已經籌得多少維修基金" ↛ "凡獻捐該堂大廈維修
基金1000令吉或以上者,名字將列在…": a clause opened by 凡 ("whoever", "all who") with the figure followed by 以上 or
或以上 says what anyone must give to be named, a threshold, not how much was given or raised. A how-many or
how-much question asking an amount is declined on such a figure (`decline:threshold`), unless it asks a threshold
itself (至少, 最少, 最低, 以上, 门槛, 才能, 凡) — "捐多少钱以上才能列名" is answered by it."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_start

_CLAUSE_END = frozenset(",，。;；!！?？:：")
_ABOVE = re.compile(r"\s*(?:或|及|和)?以上")  # (folded) right after the figure
_THRESHOLD_ASKED = re.compile(r"至少|最少|最低|起码|以上|门槛|才能|才可|才会|凡|条件")


def threshold_figure(best: Candidate, info: QuestionInfo) -> bool:
    """True when the best figure is a 凡…以上 clause's threshold and the question asks no threshold."""
    if info.qtype != "number" or best.type != "number" or _THRESHOLD_ASKED.search(info.text):
        return False
    f = best.sentence.folded
    if _ABOVE.match(f, best.end) is None:
        return False
    clause = f[clause_start(f, best.start, _CLAUSE_END):best.start]
    return clause.lstrip().startswith("凡")
