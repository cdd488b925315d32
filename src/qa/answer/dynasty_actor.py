"""A dynasty that acts is no time. "元皇后什么时候被释放出来的" ↔ "承光元年(577年),北齐亡,被北周虏到皇宫当奴,…才被释放
出来": 北周 takes her captive and 北齐 falls — each a state doing or undergoing something, not the time of the deed
asked, which the sentence's year tells. A dynasty dates a deed as an adverbial: after 在/于/自 ("于唐朝"), before
时/时期/末年 or a clause's end ("唐朝时", "明朝,"); one right after 被/由 or right before the verb 亡/灭 acts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_DYNASTY = re.compile(r"(?:东|西|南|北|前|后)?[夏商周秦汉晋隋唐宋元明清魏齐梁陈辽金][朝代]?")
_AGENT_BEFORE = re.compile(r"(?:被|由|遭)$")  # "被|北周|虏": the agent of a passive
_ACT_AFTER = re.compile(r"^(?:灭亡|亡|灭|所灭|攻|俘|虏|掳)")  # "北齐|亡": the dynasty falls or takes
_ERA_ASKED = re.compile(r"朝代|时期|时代|年代|朝")  # a dynasty or an era asked: any dynasty answers


def _acts(c: Candidate) -> bool:
    f = c.sentence.folded
    return _DYNASTY.fullmatch(c.text) is not None and (
        _AGENT_BEFORE.search(f, 0, c.start) is not None or _ACT_AFTER.match(f[c.end:]) is not None)


def past_actor(info: QuestionInfo, kept: Sequence[Candidate]) -> list[Candidate]:
    """`kept` (best first) with a best that is a dynasty acting moved behind the next time of its sentence that
    does not act; unchanged when the question asks no time but a dynasty or era, or the sentence prints no other
    time."""
    if info.qtype != "when" or not kept or kept[0].type != "time" or _ERA_ASKED.search(info.wh_word + info.right[:2]) \
            or not _acts(kept[0]):
        return list(kept)
    best = kept[0]
    for c in kept[1:]:
        if c.sentence.id == best.sentence.id and c.type == "time" and not _acts(c):
            return to_front(kept, c)
    return list(kept)
