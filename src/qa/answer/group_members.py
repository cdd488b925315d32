"""A group named by its count ("五大恶人", "四大名著", "三大影展") asked for its members ("是哪些人", "分别是"):
the list printed right after the group's name (即, :, 为, 是, 包括, 分别是…), or else right before it ("石化、食品两大
千亿产业"), answers, all of its items, when it holds as many as the name counts. "中国足球“五大恶人”是哪些人?" ↔
"…戏称为中国足球“五大恶人”,即“南秦升、北周挺、东戴琳、西柯钊、中望嵩”" (CMRC TRIAL_466): not 谭望嵩, the one player
the sentence is about; the count keeps a list of another size (the group's half, a list of places) from answering."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import ordinal_value
from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, clause_start, occurrences

# "五大恶人", "四大名著", "三个代表": the count and the group's head (two to four characters)
_GROUP = re.compile(r"(?:十[一二三四五六七八九]|[一二两三四五六七八九十])(?:大|个|位|名|种|项)([\u4e00-\u9fff]{1,4})")
# what asks the members: 哪些, 哪几, 分别是, 指什么, "是哪五大", "哪三大中心城市", "两大千亿产业是什么"
_ASKS_MEMBERS = re.compile(r"哪些|哪几|分别是|分别为|分别指|指的是什么|指什么|指哪|哪[两二三四五六七八九十]大|是什么")
# between the group's name (with its closing quote) and its list: ",即", ":", "是", "分别是", "包括"
_INTRO = re.compile(r"[”」』\"]?(?:[,，]?(?:即|亦即|也就是|分别是|分别为|是|为|指|包括))?[:：]?(?=[“「『\"]?[^\W\d_])")
_ITEM_SEP = re.compile(r"、|和|与|及|以及")
_LIST_END = frozenset(",，。;；!！?？()（）")


def _count(name: str) -> int:
    """The count a group's name opens with: 5 for 五大恶人, 12 for 十二个."""
    numeral = name[:2] if name.startswith("十") and len(name) > 1 and name[1] != "大" else name[:1]
    return 2 if numeral == "两" else ordinal_value(numeral)


def _members(f: str, name: str, n: int) -> tuple[int, int] | None:
    """[start, end) in the folded sentence `f` of the list of `n` items printed right after `name`, its quotes kept
    when they wrap it ("“南秦升、…、中望嵩”")."""
    for at in occurrences(f, name):
        after = at + len(name)
        intro = _INTRO.match(f, after)
        if intro is None or intro.end() == after and f[after:after + 1] not in "“「『\"":
            continue  # (the name's own words going on: "五大恶人之一")
        start = intro.end()
        end = clause_end(f, start, _LIST_END)
        items = [x for x in _ITEM_SEP.split(f[start:end].strip("“”「」『』\"")) if x]
        if len(items) == n and all(len(x) <= 12 for x in items):
            return start, end
    return None


def _members_before(f: str, name: str, n: int, question: str) -> tuple[int, int] | None:
    """[start, end) in `f` of the list of `n` items printed right before `name` ("石化、食品|两大千亿产业", "大交通、…、
    大田园|“五大战略”"), past a modifier of up to four characters the question prints too ("波士顿|美国|三大中心城市"
    for 美国哪三大中心城市); its first item, run on from its clause ("参访华盛顿"), cut to the longest other item."""
    for named in occurrences(f, name):
        end = named - (1 if f[named - 1:named] in ("“", "「", "『") else 0)
        for skip in range(4, -1, -1):  # (the longest modifier the question prints first: "波士顿|美国|三大…")
            if skip and f[end - skip:end] not in question:
                continue
            at = end - skip
            start = clause_start(f, at, _LIST_END)
            items = list(_ITEM_SEP.finditer(f, start, at))
            if len(items) != n - 1 or at - items[-1].end() < 1:
                continue
            widest = max([items[i + 1].start() - items[i].end() for i in range(n - 2)] + [at - items[-1].end()])
            return max(start, items[0].start() - widest), at
    return None


def group_members(best: Candidate, kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The members of the group the question names by its count, listed after its name in the answer's sentence
    (else the first kept candidate's sentence printing them), cut to that list; None when the question asks no
    group's members or no sentence lists as many as it counts."""
    # the question word itself asks them ("是哪些人", "是什么"), not a list the question prints before asking one
    # item of it ("…分别是蒙古人、色目人、汉人,而最后一个阶级是?", DRCD 6373)
    if info.wh is None or not any(m.start() < info.wh[1] and info.wh[0] < m.end()
                                  for m in _ASKS_MEMBERS.finditer(info.text)):
        return None
    group = _GROUP.search(info.text)
    if group is None or (n := _count(group.group())) < 2:
        return None
    # the name's head as long as the sentence prints it: "三大影展|是哪些" reads 三大影展, not 三大影展是
    counted = group.group()[:group.start(1) - group.start()]
    names = [counted + group.group(1)[:k] for k in range(len(group.group(1)), 0, -1)]
    for c in [best, *kept]:
        for name in names:
            span = _members(c.sentence.folded, name, n) or _members_before(c.sentence.folded, name, n, info.text)
            if span is not None:
                return c.narrowed(span[0], span[1], "members")
    return None
