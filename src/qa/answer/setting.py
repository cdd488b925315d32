"""An answer that only sets the scene: the clause after it tells what was asked.

An untyped slot often stops at the first comma, and the clause it keeps may be only the time or setting of what
the sentence tells: "发起…的目标是什么?" ↔ "它的目标是在2007年年底以前,|让所有…课程能够在线上…取用" , "条约主要
保证了什么原则?" ↔ "…保证了缔约一方在战争状态时候,|对缔约另一方进行全力军事及其他援助". A what-question asks the
deed or thing, not its time: the answer runs on over the next clause. Measured per question on CMRC 2018 trial and
DRCD test (see the commit); a typed question (when, where, a number) keeps its span."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import trim

_COMMAS = ",，"
_ENDS = ",，;；。!！?？"
_UNTYPED = frozenset(("what", "definition", "list", "other"))
# a clause ending in its time or setting: "…年底以前", "…战争状态时候", "…一场赛事中" (not "之间", "起来": a relation,
# a verb's complement; nor a bare 后: "自…开幕后" names the event)
_SETTING = re.compile(r"(?:\d+[年月日]|世纪|年代|[时中]|时候|期间|以来|之后|之前|以后|以前)$")
# the question asks the setting itself: "在什么情况下出现", "什么状况时", "产生什么东西之后"
_SETTING_ASKED = re.compile(r"情况|状况|[时后前]|期间|条件|场合")
_ASKED_WITHIN = 6  # characters after the question word where such a word asks the setting


def past_setting(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer run on over the next clause when it is an untyped span that ends at a comma with a word of
    time or setting (…以前, …时候, …中); None otherwise."""
    if info.expects or info.qtype not in _UNTYPED or not info.wh \
            or _SETTING_ASKED.search(info.text, info.wh[1], info.wh[1] + _ASKED_WITHIN):
        return None
    f = best.sentence.folded
    if best.end >= len(f) or f[best.end] not in _COMMAS or not _SETTING.search(f[best.start:best.end]):
        return None
    end = best.end + 1
    while end < len(f) and f[end] not in _ENDS:
        end += 1
    stop = trim(f, best.start, end)[1]
    if stop - best.end < 3:  # the next clause adds nothing to say
        return None
    return best.narrowed(best.start, stop, "setting")
