"""A place's government named by the place and 政府 apart: "常德代表团集中审议湖南省政府工作报告的…" ↔ "参加湖南省第十
四届人民代表大会第四次会议的常德代表团…继续审议政府工作报告". The tagger reads 湖南省政府 as one organisation, which
a report on the province's congress never prints whole: it names the province once, then the report of its
government as 政府工作报告 (a congress hears the report of its own place's government). So a question's
organisation that is a place with its level (省, 市, 县, 区, 州…) and 政府 or 人民政府 is held by a text printing that
place whole and 政府 (absent_names.long_name_unprinted); not a place without its level (湖南 is no 湖南省)."""

from __future__ import annotations

import re

from ..lexicon import ADMIN_SUFFIXES

_GOVERNMENT = re.compile(r"(.{2,8}?)(?:人民)?政府")


def government_held(name: str, text: str) -> bool:
    """Whether `name` is a place's government ("湖南省政府", "常德市人民政府") whose place, printed whole with its
    level, and 政府 are both in `text`."""
    m = _GOVERNMENT.fullmatch(name)
    if m is None or "政府" not in text:
        return False
    place = m.group(1)
    return place.endswith(tuple(ADMIN_SUFFIXES)) and len(place) >= 3 and place in text
