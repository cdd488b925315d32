"""The opposite event: "哪一天闭幕" is not answered by the day a sentence tells the opening of
("…今天上午在北京人民大会堂拉开帷幕"). A when-question asks the day of one end of an event; a sentence telling only
the other end tells another day."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo

# (one end, the other end): each side the words that tell it, on folded text
_ENDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("开幕", "拉开帷幕", "揭幕"), ("闭幕", "落下帷幕", "落幕")),
    (("开工", "动工"), ("竣工", "完工")),
    (("出生", "诞生"), ("去世", "逝世", "病逝")),
    (("开业",), ("停业", "歇业")),
    (("上任", "就任"), ("卸任", "离任")),
)


def opposite_event(info: QuestionInfo, best: Candidate) -> str:
    """"decline:other" when the question asks the day of one end of an event and the answer's sentence tells only
    the other end ("闭幕" asked, "拉开帷幕" told); "" otherwise."""
    if info.qtype != "when":
        return ""
    told = best.sentence.folded
    for one, other in _ENDS:
        for asked, opposite in ((one, other), (other, one)):
            if any(w in info.text for w in asked) and not any(w in told for w in asked) \
                    and any(w in told for w in opposite):
                return "decline:other"
    return ""
