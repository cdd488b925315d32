"""A person answer that the article prints as the last part of a longer work's title names the work, not a person:
"三國志所寫的歷史主要都是在哪一皇帝之後的事情?" ↔ "…而後來的北朝魏書又追述了高句麗開國的神話" → 魏書, which the
article prints as "《三國志·魏書》", a book of 三國志. A title that is the name alone ("《潘章》", a tale named for its
hero) may stand for the person and stays. Declined ("decline:in-title").

Measured on CMRC 2018 trial and DRCD (in sample, every person answer): one answer printed so in its article, a wrong
one (1199-12-2)."""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_PARTS = ("·", "•", "‧", "・")  # the dot between a work and its part ("三國志·魏書")


def work_title(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:in-title" when the article prints a person answer as the part of a work after its dot, 《…·X》."""
    if best.type != "person" or "person" not in info.expects:
        return ""
    name = best.sentence.folded[best.start:best.end].strip()
    if len(name) < 2:
        return ""
    text = around.article or best.sentence.folded
    for dot in _PARTS:
        at = text.find(dot + name + "》")
        if at > 0 and text.rfind("《", 0, at) > text.rfind("》", 0, at):
            return "decline:in-title"
    return ""
