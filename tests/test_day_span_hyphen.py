"""A span of days joined by a hyphen ("7月21-22日", 四川省交通运输厅's item) is one time, read against the page's
date from its first day."""

from __future__ import annotations

from qa.answer.typed import extract
from qa.dates import resolve_day


def _times(text: str) -> list[str]:
    return [text[sp.start:sp.end] for sp in extract(text, [(text, "x")]) if sp.type == "time"]


def test_a_hyphenated_span_of_days_is_one_time():
    assert "7月21-22日" in _times("为纪念通车60周年,7月21-22日,交通运输部新闻办组织记者采访。")
    assert "3月5日至8日" in _times("3月5日至8日,会议在京举行。")


def test_a_hyphen_between_other_figures_is_no_span_of_days():
    assert not any("-" in t for t in _times("比分为3-2,7月21日比赛结束。"))


def test_the_span_is_resolved_from_its_first_day():
    got = resolve_day("7月21-22日", "2014-07-30")
    assert got is not None and got.text == "（2014年）7月21-22日" and got.date == "2014-07-21"


def test_a_hyphen_between_two_full_days_keeps_the_year_and_both_days():
    # "第二届比赛于2009年9月27日-10月9日举行" (CMRC): the year's day and the range after it, as before
    assert "2009年9月27日-10月9日" in _times("第二届比赛于2009年9月27日-10月9日举行。")
    assert "2014年7月21-22日" in _times("会议于2014年7月21-22日举行。")
