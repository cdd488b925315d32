"""The first one asked, where the sentence tells the second: "…第二,仅次于|X" answers "…第一的是?".

A what-question asking for the first, the largest or the champion ("人口数量欧洲第一的国家是?", "2013年得到世界粮食
作物产量冠军的是?") is often answered by a sentence about the one after it: "德国人口数量欧洲第二,仅次于|俄罗斯",
"2013年稻的总产量占世界粮食作物产量第二位,仅低于|玉米", "…是南越阵营一方仅次于|驻越美军|的第二大外国军". The slot
and head rules read the second one (德国, 稻), the subject the sentence is about; the one it comes after answers:
the words after 仅次于/仅低于, up to the clause's end or the 的 of the phrase it modifies. Measured per question on
CMRC 2018 trial and DRCD test (see the commit)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, trim

# the question asks for the first one: "欧洲第一", "产量冠军", "…为最大", "比例是最高的"
_FIRST = re.compile(r"第一(?!次)|冠军|榜首|之首|最(?:大|高|多|长|早)")
# the sentence tells the one the second comes after
_AFTER = re.compile(r"仅次于|仅低于|仅落后于|次于")
_LONGEST = 12  # characters of the name after the marker: a longer run is a clause, not a name


def second_after(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The answer moved to what the sentence says its second one comes after ("仅次于|X"), for a question asking
    the first; None when the question asks no first, the sentence names no such one, or the answer is it already
    (a part of it, 美军 of 驻越美军, is widened)."""
    if info.qtype != "what" or not _FIRST.search(info.text):
        return None
    f = best.sentence.folded
    m = _AFTER.search(f)
    if m is None or "第二" not in f:
        return None
    end = clause_end(f, m.end())
    of = f.find("的", m.end(), end)
    start, end = trim(f, m.end(), of if of > 0 else end)
    if end - start < 2 or end - start > _LONGEST or f[start:end] in info.text:
        return None
    if (start, end) == (best.start, best.end):
        return None  # the answer is that one already
    return best.narrowed(start, end, "after")
