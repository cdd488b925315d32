"""A building asked by its kind is answered by a name of that kind: "严隽琪在上海交大调研时参观了哪座图书馆" is not
answered by "上海交通大学" — a 馆 asked (图书馆, 博物馆, 纪念馆, 体育馆, 展览馆…) is named with its kind, and an answer
without it is the body that holds it, or another place of the sentence ("decline:venue"). A question whose asked
kind is not a 馆, or an answer printing the asked kind, is left as it was."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# 哪座/哪个/哪家/哪间/哪一座 + a kind of hall (a two- to four-character word ending in 馆); the measure word is
# needed: "哪国大使馆" asks a country (哪国), not a hall
_HALL_ASKED = re.compile(r"哪(?:一)?(?:座|个|家|间|所)(?P<kind>[\u4e00-\u9fff]{1,3}馆)")


def venue_without_kind(best: Candidate, info: QuestionInfo) -> bool:
    """True when a 馆 is asked by its kind (哪座图书馆) and the answer does not print that kind."""
    m = _HALL_ASKED.search(info.text)
    # (read folded, as the question is: "雷焦卡拉布里亞國家考古博物館" prints the 博物馆 asked)
    return m is not None and m["kind"] not in best.sentence.folded[best.start:best.end]
