"""A count where a name is asked, an ordinal where a count is: "哪家媒体的记者" is not answered by "国内外30家
中外媒体" (how many outlets, not which), "设置了几个记者组" not by "第22个中国" (记者节: which one, not how many)."""

from __future__ import annotations

import re

from ..lexicon import CN_DIGITS
from ..types import Candidate
from .question import QuestionInfo

# "哪家", "哪一所", "哪位": a which-question asking an organisation or a person by its measure word (not a time:
# 哪一年; 哪一条路线 is left alone: DRCD scores "两条路线" for it partly right)
_WHICH = re.compile(r"哪一?([家所位名])")


def count_for_which(info: QuestionInfo, best: Candidate) -> str:
    """A which-question (哪家媒体) answered by a span counting the things asked in its measure word ("30家中外
    媒体", "两家校报"): a number of them names none ("decline:kind")."""
    m = _WHICH.fullmatch(info.wh_word)
    if m is None or info.qtype in ("list", "when", "number"):
        return ""
    text = best.sentence.folded[best.start:best.end]
    counted = re.search(r"(?:\d|[" + CN_DIGITS + r"两数多几])[余多]?" + re.escape(m.group(1)), text)
    return "decline:kind" if counted else ""


# years and times are counted by their running ordinal: "连续第7年" answers "连续几年", "第三次" how many times
_RUNNING = frozenset(("年", "天", "日", "月", "个月", "周年", "届", "次", "回", "期"))


def ordinal_for_count(info: QuestionInfo, best: Candidate) -> str:
    """A count asked ("几个记者组") answered by an ordinal ("第22个"): which one is no number of them
    ("decline:unit"); "第几个" asks the ordinal."""
    if info.qtype != "number" or not info.unit or info.wh_word.startswith("第") or "第" in info.left[-2:] \
            or info.unit in _RUNNING:
        return ""
    text = best.sentence.folded[best.start:best.end].lstrip()
    return "decline:unit" if text.startswith("第") else ""
