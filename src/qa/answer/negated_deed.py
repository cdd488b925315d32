"""A who-question asks who did something, and the answer's own clause says that person did not do it.

"哪位中国驻新西兰大使出席了猪年的中国新年招待会？" ↛ "新西兰总理Jacinda Ardern(杰辛达·阿德恩)没有出席周三的中国新年
招待会,但特意录制了视频…" (新西兰信报): the sentence shares the question's words — the reception, 出席 — and its
name stands where the one who attended would, but 没有 before the verb says the reverse. Whoever the clause says did
not do the deed asked is not the one who did it ("decline:other"; another candidate may still answer).

Where it stops: only a verb of the question (two characters or more, tagged v) printed in the answer's own clause,
after the answer and before the next comma or stop, with a negation right before it (没有, 没, 未, 并未, 从未, 不);
a question that itself negates ("谁没有出席") is left alone."""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_ASKS_NEGATED = re.compile(r"没有|没|未|不|缺席")
_NEGATED_BEFORE = re.compile(r"(?:没有|没|未曾|并未|从未|未|不)$")


def negated_deed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:other" when the answer's clause negates the deed the who-question asks; "" otherwise."""
    if info.qtype != "who" or around.tag is None or _ASKS_NEGATED.search(info.text):
        return ""
    verbs = [w for w, flag in around.tag(info.right) if flag[:1] == "v" and len(w) >= 2]
    if not verbs:
        return ""
    f = best.sentence.folded
    stop = re.search(r"[,，。;；!！?？]", f[best.end:])
    clause = f[best.end:best.end + stop.start()] if stop else f[best.end:]
    for verb in verbs:
        at = clause.find(verb)
        if at >= 0:
            return "decline:other" if _NEGATED_BEFORE.search(clause[:at]) else ""
    return ""
