"""The question's own name with its first character turned to the opposite: the twin of the thing asked about.

"最後東羅馬帝國被哪個帝國滅亡?" ↛ "…以476年西羅馬帝國滅亡…", "新石器時代末期又被稱為什麼時代?" ↛
"…包括舊石器時代、中石器時代、新石器時代和青銅時代的宗教": the answer is the question's name (東羅馬帝國,
新石器時代) with 東 read 西, 新 read 舊. Names told apart by such a pair (東/西, 南/北, 新/舊, 上/下, 前/後, 左/右,
內/外) are twins of one kind, each with its own story; the question asks of one, so the other is not its answer, only
the sentence's neighbour (`decline:twin`, another candidate may still answer).

Left alone: a question that lists or joins names itself ("分裂為東人黨以及哪一個派別": the twin is the missing
item) or asks for another or the rest (除了, 還有, 另).

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, against main 7347c486 with period_apart and
list_mate): 2 answers declined, both wrong, to absent questions (absent declined 0.9074 -> 0.9083, precision of the
answers given 0.7888 -> 0.7895, present F1 unchanged). In sample: CMRC and DRCD identical."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_OPPOSITE = {"东": "西", "西": "东", "南": "北", "北": "南", "新": "旧", "旧": "新", "上": "下", "下": "上",
             "前": "后", "后": "前", "左": "右", "右": "左", "内": "外", "外": "内"}
# a question asking for the twin: one that joins or lists names, or asks for another or the rest
_ASKS_ANOTHER = re.compile(r"[和及与、跟同暨]|除了|还有|另")
_REST = 2  # characters the twins share after the opposite one (罗马帝国, 石器时代): one is too short (东京/西京)


def opposite_twin(info: QuestionInfo, best: Candidate) -> str:
    """"decline:twin" when the answer is a name of the question with one character turned to its opposite
    (西罗马帝国 for 东罗马帝国); "" otherwise."""
    if info.qtype not in ("what", "where", "who", "when") or _ASKS_ANOTHER.search(info.text):
        return ""
    answer = best.sentence.folded[best.start:best.end].strip()
    if not answer or answer in info.text:
        return ""
    for i, char in enumerate(answer):
        rest = answer[i + 1:]
        if char in _OPPOSITE and len(rest) >= _REST and _OPPOSITE[char] + rest in info.text:
            return "decline:twin"
    return ""
