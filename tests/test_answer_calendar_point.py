"""A point of the calendar is no length of time: a how-long question is not answered by 公元586年, nor by a year
opening its clause (551年,…), which the neighbours' 83年 is (calendar_point.py)."""

from __future__ import annotations

from qa.answer.calendar_point import point_for_length
from qa.answer.question import analyze
from qa.normalize import fold

# DRCD 1199-20-2
_MOVED = fold("公元586年，高句麗平原王將都城由平壤城遷至長安城，直至高句麗滅亡。")
_WAR = fold("551年，百濟和新羅聯合唐朝開始攻打高句麗。")
_LASTED = fold("歷時83年。")
_ASKED = analyze("高句麗在直到滅亡前多久時間其首都都在長安城？")


def _at(folded: str, text: str) -> tuple[int, int]:
    start = folded.index(text)
    return start, start + len(text)


def test_a_year_of_the_calendar_is_no_length():
    assert point_for_length(_ASKED, _MOVED, *_at(_MOVED, "586年"))
    assert point_for_length(_ASKED, _WAR, *_at(_WAR, "551年"))


def test_a_length_stays_and_other_questions_are_left_alone():
    assert not point_for_length(_ASKED, _LASTED, *_at(_LASTED, "83年"))
    assert not point_for_length(analyze("高句麗在哪一年遷都長安城？"), _MOVED, *_at(_MOVED, "586年"))
