"""A count where a name is asked, an ordinal where a count is, one where several are: "哪家媒体的记者" is not
answered by "国内外30家中外媒体" (how many outlets, not which), "设置了几个记者组" not by "第22个中国" (记者节: which
one, not how many), "哪两位参选人" not by one name, "长崎县第几区" not by "15,625亿日元" (a sum, no rank)."""

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


# "第几区", "第几名", "第几个": an ordinal asked, and the measure word it counts in
_ORDINAL_ASKED = re.compile(r"第(?:几|多少)个?([\u4e00-\u9fff])")
_BARE = re.compile(r"[\d" + CN_DIGITS + r"]+$")


def amount_for_ordinal(info: QuestionInfo, best: Candidate) -> str:
    """An ordinal asked ("长崎县第几区") answered by a figure in another unit with no 第 ("15,625亿日元" of the
    sentence's output): an amount is no rank ("decline:unit"). A bare number ("儒略日的第几天" ↔ "2450084") or one
    in the asked measure word ("第几位" ↔ "63位") still ranks."""
    m = _ORDINAL_ASKED.search(info.text)
    if m is None:
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    if not text or "第" in text or _BARE.search(text) or text.endswith(m.group(1)):
        return ""
    return "decline:unit" if re.search(r"\d", text) else ""


# "哪两位", "哪|四个国家", "哪三个": several asked by their number
_SEVERAL = re.compile(r"哪\s?([两二三四五六七八九十]|\d{1,2})\s?[个位名家所座项种类条部人国]")
# what joins the items of a list: "荷兰、法国", "上海和北京"
_JOINED = re.compile(r"[、,，;；/和与及跟或]|以及")


def one_for_several(info: QuestionInfo, best: Candidate) -> str:
    """A question asking several things by their number ("哪两位参选人", "哪四个国家") answered by one span that
    joins none ("徐榛蔚", "行程"): at most one of them ("decline:list")."""
    at = info.wh[0] if info.wh else -1
    m = _SEVERAL.match(info.text, at) if at >= 0 else None
    if m is None or "另" in info.text[at:]:
        return ""  # "…哪两个方面…,一个是X,另一个是?" asks the other one
    text = best.sentence.folded[best.start:best.end].strip().strip("“”\"「」《》")
    noun = info.text[m.end():m.end() + 2]
    # one of them, named as the kind asked, is part of the answer ("哪三个规划" ↔ "发展战略规划"), and so is one
    # person of two asked
    if _JOINED.search(text) or (noun and text.endswith((noun, noun[:1]))) or best.type == "person":
        return ""
    return "decline:list"
