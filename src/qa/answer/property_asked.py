"""A property asked of a thing is not told by the sentence that says what the thing is: decline it.

"软枝黄蝉的花有什么特点?" (a part of it asked) ↔ "软枝黄蝉(学名:…),别称黄莺、…,为夹竹桃科黄蝉属植物,…": the
article's opening sentence defines the plant (its name, a gloss, 是/为 or its other names), so it holds most of any
question about it and wins the rerank; but "有什么特点/特征/用途/功能", "是什么形状/颜色/样子" ask what the page
tells further on (its flower, its root, its uses: often a sentence that never names the plant, which retrieval may
miss). Answering with the defining sentence is wrong; the papers do not say it where they were read: decline."""

from __future__ import annotations

import re

from ..types import Candidate
from .defining import GLOSS
from .question import QuestionInfo

_PROPERTY = re.compile(r"^(?:特点|特征|特色|用途|功能|作用|功效|症状|危害|好处|优点|缺点|形状|颜色|样子|外形|外观)的?$")
# what the opening sentence goes on with after the thing's name (and its gloss): 是/为, or its other names
_DEFINES = re.compile(r"(?:是|为|[,，](?:是|为|又名|别名|别称|又称|亦称|俗称|俗名))")
_GLOSS = re.compile(GLOSS)  # (after the name, matched where it ends: no pattern compiled per name)


def asked_thing(info: QuestionInfo) -> str:
    """The thing a property question asks about ("软枝黄蝉" in "软枝黄蝉的花有什么特点"), or "" when the question
    asks no property of the list above."""
    if info.qtype not in ("list", "definition") or not info.wh or _PROPERTY.match(info.right.strip(" ?？")) is None:
        return ""
    left = re.sub(r"有$", "", info.left.strip(" ,，"))
    if "的" not in left:
        return ""  # "胜利广场是什么形状的": the defining sentence may tell the thing's own shape ("…的一个圆形广场")
    thing = left.split("的", 1)[0]
    return thing if len(thing) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", thing) else ""


def defines_instead(best: Candidate, info: QuestionInfo) -> bool:
    """Whether `best`, answering a property question, is read from the sentence that only says what the thing is
    (it opens with the thing's name, a gloss, then 是/为 or the thing's other names)."""
    thing = asked_thing(info)
    if not thing:
        return False
    f = best.sentence.folded
    m = _GLOSS.match(f, len(thing)) if f.startswith(thing) else None
    return m is not None and _DEFINES.match(f, m.end()) is not None
