"""When something ended, answered from a sentence that tells no end at all.

"资阳市第四届运动会的闭幕式是哪天举行的?" ↛ "3月26日,资阳市第四届运动会…田径比赛举行", "前任大法官黄虹霞是哪一年卸任的?"
↛ "2024年6月开始,…声请释宪", "…首次会谈于当天几点结束?" ↛ "…会谈于当天下午6时2分开始": the question asks when an
event closed or a term of office ended, and the answer's sentence prints no word of any end —
not the one asked, nor another way to say it (落下帷幕 for 闭幕, 离任 for 卸任), nor a range's end (至, 止, 到). The
day it prints is the day something began or happened (`decline:other`, so a candidate from another sentence that
tells the end may still answer).

`opposite_event.py` declines a sentence that prints the other end of the same event (开幕 for 闭幕); this one reads
the sentence that prints none. An end word the question prints as a setting ("会议结束后,…", "卸任时",
"摄影结束什么时候在日本上映") is no end asked: the end is read after the question word, or before it as a
ceremony (闭幕式). Deaths are left alone: histories tell them in too many words (卒, 崩, 薨, 殁, 遇害); so are
works finished (竣工), told by any verb of building ("於釣魚臺架構第一座燈塔", DRCD 4962-8-2).
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the ends a question may ask: an event closing, a term of office ending, a business shut
_ASKED = re.compile(r"(闭幕|落幕|结束|卸任|离任|停业|歇业|终止|下台)(?!后|时|之后|以后|前|之前|以前)")
# every word a sentence tells an end with (a range's end too: "2010年至2016年", "截至", "为止")
_TOLD = re.compile(r"闭幕|落幕|帷幕|结束|收官|告终|终止|终结|停止|停业|歇业|关闭|卸任|离任|卸下|退休|任满|届满|"
                   r"辞职|辞去|去职|下台|离职|竣工|完工|建成|落成|完成|通车|投用|投入使用|截止|截至|为止|[止至到完]")


def end_unprinted(info: QuestionInfo, best: Candidate) -> str:
    """"decline:other" when a when-question asks an end and the answer's sentence prints no end; "" otherwise."""
    if info.qtype != "when" or not info.wh:
        return ""
    # the end asked: after the question word ("哪一年卸任"), or the ceremony before it ("闭幕式是哪天"); an end
    # before it otherwise sets the time of what is asked ("摄影结束什么时候在日本上映")
    if not any(m.start() >= info.wh[1] or info.text.startswith("式", m.end()) for m in _ASKED.finditer(info.text)):
        return ""
    return "" if _TOLD.search(best.sentence.folded) else "decline:other"
