"""A figure or a winner asked of one event of a games, told of another.

"省运会田径比赛…共决出多少枚金牌" answered from "本次省运会皮划艇、赛艇项目…将决出75枚金牌", "省运会皮划艇、赛艇项目
将决出多少枚金牌" from "青少年体育项目共设29个竞赛大项,产生759枚金牌": a games' reports count medals, athletes and
events of each of its parts, and the question's other words (省运会, 决出, 金牌) fit any of them. The part asked —
named by the words right before 比赛 or 项目 — must be printed in the answer's sentence when that sentence names
another part.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# a part of a games or a programme by its last two characters before the kind: "田径|比赛", "赛艇|项目"; not a
# pronoun's or a numeral's ("这个项目", "两个项目", "该项比赛")
_PART = re.compile(r"([^\W\d_]{2})(?:比赛|项目)")
_NOT_A_NAME = re.compile(r"[这那该本此其各每个项几两一二三四五六七八九十多的了和与及在中]")
# a question about a games: its medals, winners, athletes ("项目" alone is as often a project's: 公路项目总投资)
_GAMES = re.compile(r"金牌|银牌|铜牌|奖牌|冠军|亚军|季军|运动员|选手|运动会|运会|锦标赛|比赛")


def _parts(text: str, end: int | None = None) -> list[tuple[str, int, int]]:
    """(the part's last two characters, start, end) of the parts a text names before `end`."""
    return [(m.group(1), m.start(), m.end()) for m in _PART.finditer(text, 0, len(text) if end is None else end)
            if not _NOT_A_NAME.search(m.group(1))]


def other_part(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the question names a part before its question word that the answer's sentence does
    not print, while the sentence names another part outside the answer."""
    if info.qtype not in ("number", "who", "when") or not info.wh or not _GAMES.search(info.text):
        return ""
    asked = {p for p, _, _ in _parts(info.text, info.wh[0])}
    f = best.sentence.folded
    if not asked or any(p in f for p in asked):
        return ""
    others = [p for p, s, e in _parts(f) if p not in asked and not (s < best.end and best.start < e)]
    return "decline:subject" if others else ""
