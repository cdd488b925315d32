"""A count of something else: "沙巴今日有多少宗死亡病例" answered "新增14宗确诊", "有多少个登机门" answered "四个
NAIA 旅客服务航站". The figure counts the words printed right after it, which share no character with the thing
the question counts, and neither the sentence nor the text just before it names that thing (no two characters of
it in a row): the figure is another count."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo
from .spans import char_bigrams

# what the figure in the sentence counts: the words printed right after it, up to a clause mark
_COUNTS = re.compile(r"\s*([\u4e00-\u9fffA-Za-z ]{2,8})")


def other_thing_counted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:measure" when the figure counts another thing than the one asked; "" otherwise."""
    if info.qtype != "number" or not info.unit or best.type != "number" or around.tag is None:
        return ""
    counted = _counted(around.tag(info.right))
    if len(counted) < 2:
        # "有多少人口": the measure word was read off the noun closing the question (人|口): that noun is counted
        whole = info.unit + info.right.rstrip("?？呢吗 ")
        joined = around.tag(whole)
        if len(joined) == 1 and joined[0][1][:1] == "n" and len(whole) >= 2:
            counted = whole
    f = best.sentence.folded
    m = _COUNTS.match(f, best.end)
    if len(counted) < 2 or m is None or any(c in m.group(1) for c in counted):
        return ""
    text = f + " " + around.near
    if any(b in text for b in char_bigrams(counted)):
        return ""
    return "decline:measure"


def _counted(words: Sequence[tuple[str, str]]) -> str:
    """The noun the question counts, right after its measure word, with a verb before it ("死亡|病例", "登机|门"):
    "" when the words there are no noun ("几岁|时", "几位|此类的")."""
    out = ""
    for w, flag in words[:3]:
        if flag[:1] == "n" or (flag in ("v", "vn") and not out):
            out += w
            continue
        break
    return out if out and len(out) <= 4 and words and _last_noun(words, len(out)) else ""


def _last_noun(words: Sequence[tuple[str, str]], n: int) -> bool:
    """The words making the first `n` characters end with a noun."""
    seen = 0
    for w, flag in words:
        seen += len(w)
        if seen >= n:
            return flag[:1] == "n"
    return False
