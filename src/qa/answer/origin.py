"""A destination asked, the origin printed: "祝贺团哪一天返回曼谷" and "于10月7日上午自曼谷素万那普机场启程…返抵
桃园" — the place the question goes to is the one the sentence leaves from (自/从/由 X), and the sentence never
says anyone goes to it: its time is the departure's, not the arrival asked."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_TO = r"(?:返回|回到|前往|抵达|到达|飞抵|返抵|赶赴|赶到|飞往|来到|去往)"
# the verb of going to a place, then the place (two to four characters, up to the question's end or a particle)
_ASKED = re.compile(_TO + r"([\u4e00-\u9fff]{2,4}?)(?=[?？的了呢吗]|$)")


def origin_for_destination(info: QuestionInfo, best: Candidate) -> str:
    """"decline:other" when the place the question goes to is printed only as where the sentence leaves from."""
    if info.qtype != "when":
        return ""
    m = _ASKED.search(info.text)
    if m is None:
        return ""
    place = m.group(1)
    f = best.sentence.folded
    if not re.search(r"(?:自|从|由)" + re.escape(place), f) or re.search(_TO + r"\S{0,6}?" + re.escape(place), f):
        return ""
    return "decline:other"
