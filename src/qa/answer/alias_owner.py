"""Another name of a thing asked ("X的别名是什么"), and the answer's sentence gives another thing's.

"夜来香的别名是什么" ↛ "兩個咖啡因的別名：馬黛因和瓜拿納因子…", "蓍的别名是什么" ↛ "…因此另有別名第二南斯拉夫":
the sentence holds the word 别名 and an alias after it, but of coffee's caffeine and of a country; the thing whose
alias is asked (夜来香, 蓍) is printed neither in the sentence nor in the text before it, which would name it
("此花又名…" follows a sentence naming the flower). The alias is another thing's: declined (`decline:other`; a
sentence naming the thing is not tried instead: measured, the one that was gave no alias either, TRIAL_235_QUERY_3).

Only a question that is the owner, 的, a word for a name (别名, 全称, 简称, 原名 …) and the question word is read;
the owner is read after its last 的 or 对 ("国际社会对中华民国的通称" is 中华民国's), marks dropped; "X是什么的简称"
asks the other way and is left alone.

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, main 005c8d09): 2 answers to absent questions
declined, both wrong, none right lost."""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# the whole question: the owner, 的, a word for a name, an optional copula and the question word
_ALIAS_ASKED = re.compile(r"^(?:请问)?([^\W\d_]{1,12}?)的(?:别名|别称|又名|全名|全称|简称|本名|原名|通称|俗称|学名|旧称"
                          r"|古称|英文名|名字)(?:是|为|叫|叫做)?(?:什么|甚么|何)?[?？]?$")
_MARKS = re.compile(r"[「」『』“”‘’\"《》〈〉\s]")
_NOT_OWNER = re.compile(r"[什甚哪何谁]")


def alias_owner(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:other" when the thing whose other name is asked is printed neither in the answer's sentence nor
    in the text before it; "" otherwise."""
    m = _ALIAS_ASKED.match(info.text)
    if m is None or _NOT_OWNER.search(m.group(1)):
        return ""
    owner = _MARKS.sub("", re.split(r"[的对]", m.group(1))[-1])
    if not owner:
        return ""
    return "decline:other" if owner not in _MARKS.sub("", best.sentence.folded + around.near) else ""
