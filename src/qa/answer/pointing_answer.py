"""A what-answer that opens with a demonstrative points to a thing named elsewhere: decline it.

A slot or a typed span that opens with 这/该/那/此 ("该曲不久就成为" for 哪一曲子是…的主题歌, "这可从同为两栖" for
无肺蝾螈是属于哪一种类型的动物, "这一机构" for 哪一个机构) restates a thing the text named before it: the anchors
held the sentence that goes on about the thing, not the one naming it, so the answer is not there. Declined
rather than answered with the pointer. Not when the answer goes on to name it ("这一行为在印度教中称为
非暴力实践空腹": a naming verb or a copula gives the name), nor a list's items or a whole sentence's clause."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger
from .spans import offsets

# the demonstratives as jieba cuts them at an answer's opening (这一机构 → 这|一|机构); not 此前/此时/这里 (a time, a
# place: jieba's one word), 其, which is "its" as often as "that" (其双循环泵功能), nor 那些/这些, which open a
# description of those asked ("那些刚刚从较低的社会阶层升级|的人" for 描述哪一类人: CMRC's gold)
_POINTERS = frozenset(("这", "该", "那", "此", "这个", "那个", "这种", "那种"))
_NAMING = re.compile(r"称为|称作|叫做|叫作|名为|即|是")


def points_elsewhere(best: Candidate, info: QuestionInfo, pos: Tagger) -> bool:
    """A what-question's short answer opens with a demonstrative and names nothing after it."""
    if info.qtype != "what" or "+list" in best.rule or best.rule.startswith("sentence"):
        return False
    f = best.sentence.folded
    text = f[best.start:best.end].strip()
    if not text or text[0] not in "这该那此" or _NAMING.search(text):
        return False
    words = [w for a, b, w, flag in offsets(pos(f)) if a < best.end and b > best.start and w.strip()]
    return bool(words) and words[0] in _POINTERS
