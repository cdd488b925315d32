"""A group named by its count ("五大恶人", "四大名著", "三大影展") asked for its members ("是哪些人", "分别是"):
the list printed right after the group's name (即, :, 为, 是, 包括, 分别是…) answers, all of its items, when it holds as
many as the name counts. "中国足球“五大恶人”是哪些人?" ↔ "…戏称为中国足球“五大恶人”,即“南秦升、北周挺、东戴琳、西柯钊、
中望嵩”" (CMRC TRIAL_466): not 谭望嵩, the one player the sentence is about; the count keeps a list of another size
(the group's half, a list of places) from answering."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import ordinal_value
from ..types import Candidate
from .question import QuestionInfo

# "五大恶人", "四大名著", "三个代表": the count and the group's head (two to four characters)
_GROUP = re.compile(r"(?:十[一二三四五六七八九]|[一二两三四五六七八九十])(?:大|个|位|名|种|项)([\u4e00-\u9fff]{1,4})")
# what asks the members: 哪些, 哪几, 分别是, 指什么
_ASKS_MEMBERS = re.compile(r"哪些|哪几|分别是|分别为|分别指|指的是什么|指什么|指哪")
# between the group's name (with its closing quote) and its list: ",即", ":", "是", "分别是", "包括"
_INTRO = re.compile(r"[”」』\"]?(?:[,，]?(?:即|亦即|也就是|分别是|分别为|是|为|指|包括))?[:：]?(?=[“「『\"]?[^\W\d_])")
_ITEM_SEP = re.compile(r"、|和|与|及|以及")
_LIST_END = ",，。;；!！?？()（）"


def _count(name: str) -> int:
    """The count a group's name opens with: 5 for 五大恶人, 12 for 十二个."""
    numeral = name[:2] if name.startswith("十") and len(name) > 1 and name[1] != "大" else name[:1]
    return 2 if numeral == "两" else ordinal_value(numeral)


def _members(f: str, name: str, n: int) -> tuple[int, int] | None:
    """[start, end) in the folded sentence `f` of the list of `n` items printed right after `name`, its quotes kept
    when they wrap it ("“南秦升、…、中望嵩”")."""
    for m in re.finditer(re.escape(name), f):
        intro = _INTRO.match(f, m.end())
        if intro is None or intro.end() == m.end() and f[m.end():m.end() + 1] not in "“「『\"":
            continue  # (the name's own words going on: "五大恶人之一")
        start = intro.end()
        end = start
        while end < len(f) and f[end] not in _LIST_END:
            end += 1
        items = [x for x in _ITEM_SEP.split(f[start:end].strip("“”「」『』\"")) if x]
        if len(items) == n and all(len(x) <= 12 for x in items):
            return start, end
    return None


def group_members(best: Candidate, kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The members of the group the question names by its count, listed after its name in the answer's sentence
    (else the first kept candidate's sentence printing them), cut to that list; None when the question asks no
    group's members or no sentence lists as many as it counts."""
    if info.wh is None or _ASKS_MEMBERS.search(info.text) is None:
        return None
    group = _GROUP.search(info.left)
    if group is None or (n := _count(group.group())) < 2:
        return None
    # the name's head as long as the sentence prints it: "三大影展|是哪些" reads 三大影展, not 三大影展是
    counted = group.group()[:group.start(1) - group.start()]
    names = [counted + group.group(1)[:k] for k in range(len(group.group(1)), 0, -1)]
    for c in [best, *kept]:
        for name in names:
            span = _members(c.sentence.folded, name, n)
            if span is not None:
                return c.narrowed(span[0], span[1], "members")
    return None
