""""中国驻马大使馆武官是谁" ↛ "中国驻马大使欧阳玉靖周四率11人代表团到访", "山西日报社总编是谁" ↛ "山西黄河晨报副总编
解世忠": a who-question asks the holder of a post (the noun before 是谁); the name given is printed right after
another post (a title chain ending in a post word, glued to the name or a space before it), and neither the
sentence nor the text before it prints the asked post's role word (武官, 总监察长's 察长), or prints it only with
副 before it when the question has none. The name is another post's holder ("decline:post"). Roles that name any
holder (领导人, 负责人) and what a question calls someone (…指的是谁) are no post asked."""

from __future__ import annotations

import re

from ..lexicon import all_han, post_role
from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# what ends the title chain before a name: punctuation (not a space: "副总编 解世忠")
_CHAIN_START = re.compile(r"[,，;；。:：!！?？、(（)）“”\"「」]")
_ANY_HOLDER = ("领导人", "领导", "负责人", "领袖", "首领", "主人")
_NO_POST = re.compile(r"(?:指|称|叫|名|人物)$")  # "「瑞德沙皇」指的是谁": a name for someone, no post


def other_post_holder(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:post" when the person given holds another post than the one the question asks (see above)."""
    if info.qtype != "who" or best.type != "person" or not info.left.endswith("是") \
            or info.right.strip("的呢?？ "):
        return ""
    asked = info.left[:-1].rstrip("的")
    if len(asked) < 3 or not all_han(asked) or asked.endswith(_ANY_HOLDER) or _NO_POST.search(asked):
        return ""
    f = best.sentence.folded
    start = max([m.end() for m in _CHAIN_START.finditer(f, 0, best.start)] or [0])
    chain = f[start:best.start].rstrip()
    printed = post_role(chain)
    if not printed or chain.endswith(_ANY_HOLDER):
        return ""  # no title glued before the name: the sentence may name him by his deed
    role = post_role(asked) or asked[-2:]
    text = f + " " + around.near
    at = [m.start() for m in re.finditer(re.escape(role), text)]
    if not at:
        return "decline:post"
    if not asked[: -len(role)].endswith("副") and all(text[i - 1:i] == "副" for i in at):
        return "decline:post"  # "副总编" printed, "总编" asked
    return ""
