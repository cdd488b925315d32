"""The noun a figure counts must be the noun the question counts. "盘锦市有多少名全国人大代表" is not answered by
"向市直机关千余名干部传达了…" (the cadres were counted, though the sentence names 全国人大代表 elsewhere), "中国青年报
采访组一行共有多少人" not by "凝结了我市300多位青年志愿者", "共收到提案多少件" not by "共收到大会发言材料27件" (the
same deed, another thing received). The noun printed right after the figure's measure word (or, for a question
counting the object of its verb before the question word, the words between that verb and the figure) shares no
character with the noun the question counts: the figure counts something else ("decline:measure"). A noun sharing
a character (员工/职工, 国家/非协商国) is taken to be the thing asked; no noun after the figure says nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo
from .spans import char_bigrams

# the measure words that count things or people (a count of 岁, 年 or 米 is a measure; "78岁|高龄" names no other
# thing counted)
_CLASSIFIERS = frozenset("名位个人件家所只头条座项篇部台辆架艘本张份块枚宗起批支队届场次")
_NOUN_TAGS = ("n", "nz", "nt", "nr", "ns", "ng")
# words jieba tags as nouns that name no thing counted ("千余名|以上", "三名|之中"): a bound or a place in a series
_NOT_COUNTED = frozenset(("以上", "以下", "左右", "之中", "当中", "其中", "之间", "以内", "上下", "时候"))


def _noun_words(words: Sequence[tuple[str, str]]) -> list[str]:
    """The noun run opening `words` ("全国|人大代表", "青年|志愿者"; jieba tags 青年 t, a modifier b): [] when it
    holds no noun. It ends on a noun."""
    out: list[tuple[str, str]] = []
    for w, flag in words[:4]:
        if flag in _NOUN_TAGS or flag in ("t", "b") or (out and flag == "vn"):
            out.append((w, flag))
            continue
        break
    while out and out[-1][1] not in _NOUN_TAGS:
        out.pop()
    return [w for w, _ in out]


def _nouns(words: Sequence[tuple[str, str]]) -> str:
    return "".join(_noun_words(words))


def _noun_after_figure(best: Candidate, around: Surroundings) -> list[str]:
    """The noun words the sentence prints right after the figure (which ends on its measure word: "千余名|干部")."""
    if around.tag is None:
        return []
    f = best.sentence.folded
    words = [(w, flag) for w, flag in around.tag(f[best.end:best.end + 10]) if w.strip()]
    if not words or words[0][0] in _NOT_COUNTED:
        return []
    return _noun_words(words)


def other_noun_counted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:measure" when the figure counts a noun sharing no character with the question's (see above)."""
    if info.qtype != "number" or info.unit not in _CLASSIFIERS or best.type != "number" or around.tag is None:
        return ""
    asked = _nouns([(w, flag) for w, flag in around.tag(info.right) if w.strip()])
    if len(asked) == 1:
        return ""  # "多少个|人|推荐" ↔ "5,000至7,000名|选民": one character tells too little of what is counted
    run = _noun_after_figure(best, around)
    counted = "".join(run)
    if len(counted) < 2:
        return _other_object(info, best, around)
    f = best.sentence.folded
    if asked:
        # (any noun after the question word may be the one: "有几个村和社区" ↔ "辖8个村、2个社区"; and the noun asked
        # may close a list of its kinds: "由多少家媒体组成" ↔ "等10余家中央、省级媒体组成")
        if any(c in info.right for c in counted) or asked[-2:] in f[best.end:best.end + 12]:
            return ""
        return "decline:measure"
    if info.right.strip("？?。 "):
        return ""  # "有多少人参赛": the words after the question word are no noun, the count's noun is not read
    # "采访组一行共有多少人": no noun after the question word; a counted noun whose head the question never names
    # is another ("青年|志愿者": 青年 is read in 中国青年报, 志愿者 nowhere)
    head = run[-1]
    if len(head) < 2 or any(c in info.text for c in head):
        return ""
    # "报道组一行多少人" ↔ "报道组一行11人乘车奔赴…": the question's words right before the figure make it their count
    before = f[max(0, best.start - 6):best.start]
    return "" if any(b in before for b in char_bigrams(info.left)) else "decline:measure"


def _other_object(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"收到提案多少件" ↔ "共收到大会发言材料27件": the sentence prints the question's verb right before another
    object and the figure, and never the object asked."""
    if around.tag is None:
        return ""
    words = [(w, flag) for w, flag in around.tag(info.left) if w.strip()]
    if len(words) < 2 or words[-2][1][:1] != "v" or len(words[-2][0]) < 2 or len(words[-1][0]) < 2:
        return ""
    verb, obj = words[-2][0], words[-1][0]
    f = best.sentence.folded
    at = f.rfind(verb, max(0, best.start - 12), best.start)
    if at < 0 or obj in f:
        return ""
    between = f[at + len(verb):best.start]
    if len(between) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", between) or any(c in obj for c in between):
        return ""
    return "decline:measure"
