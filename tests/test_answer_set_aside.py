"""A head answer in the clause of the words the question sets aside gives way to the next one (set_aside.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.set_aside import set_aside_first

# DRCD 6368-3-2, folded
_CLIMATE = "地处赤道南侧,东南沿海属热带草原气候,海拔1000公尺以上属山地气候,其余地区属热带雨林气候;"
_ASKED = "新几内亚的气候除了东南沿海之外,其他地区依照全球气候分类,属于哪一种气候?"


def _heads() -> list:
    # in the order the scores ranked them
    return [candidate_in(_CLIMATE, name, "term", "head") for name in ("热带草原气候", "热带雨林气候", "山地气候")]


def test_the_head_in_the_clause_set_aside_gives_way():
    got = set_aside_first(_heads(), analyze(_ASKED))
    assert got[0].text == "热带雨林气候"


def test_a_question_setting_nothing_aside_keeps_the_order():
    heads = _heads()
    assert set_aside_first(heads, analyze("新几内亚东南沿海属于哪一种气候?"))[0] is heads[0]
    # a first answer outside the clause set aside is kept
    heads = heads[1:] + heads[:1]
    assert set_aside_first(heads, analyze(_ASKED))[0] is heads[0]
