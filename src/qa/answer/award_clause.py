""""教育電臺今年有多少件作品獲得廣播金鐘獎?" ↛ "今年電臺共有19件作品入圍廣播金鐘獎，另有10件作品獲得新聞獎
肯定": a count of those given one honour asked, and the figure's own clause (from the comma before it to the one
after) tells of another honour given (獲得新聞獎), the one asked printed only in another clause of the sentence
(入圍廣播金鐘獎): the figure counts the other honour's winners ("decline:award"; another candidate may still
answer). `other_award.py` reads the whole sentence and keeps any sentence printing the honour asked; this reads the
figure's clause when it does. A clause printing the asked honour too, or no honour given at all, is left alone."""

from __future__ import annotations

from ..types import Candidate
from .other_award import _ASKING, _HONOUR
from .question import QuestionInfo
from .spans import ITEMS_END, clause_end, clause_start

_POINTING = ("该", "此", "本", "这", "其", "上述")


def other_award_clause(info: QuestionInfo, best: Candidate) -> str:
    """"decline:award" when a count of an honour's winners is answered by a figure whose clause gives another
    honour; "" otherwise."""
    if info.qtype != "number":
        return ""
    asked = _HONOUR.search(info.text)
    if asked is None or _ASKING.search(asked.group(1)):
        return ""
    honour, f = asked.group(1), best.sentence.folded
    clause = f[clause_start(f, best.start, ITEMS_END):clause_end(f, best.end, ITEMS_END)]
    if honour in clause:
        return ""
    # "获得该奖项": the honour asked, pointed back to
    given = [m.group(1) for m in _HONOUR.finditer(clause) if not m.group(1).startswith(_POINTING)]
    # an honour the question itself names ("浙江新闻奖二等奖" ↔ "12件作品获二等奖": its grade) is the one asked
    return "decline:award" if given and all(honour not in g and g not in info.text for g in given) else ""
