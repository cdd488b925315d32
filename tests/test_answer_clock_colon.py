"""A clock time written with a colon after a day word ("昨天15:30统一开赛") is a time, and answers 几点; a bare
"1:1" stays a score."""

from __future__ import annotations

from qa.answer.typed import times
from qa.lexicon import TIME_GRAINS


def _texts(folded: str) -> list[str]:
    return [folded[sp.start:sp.end] for sp in times(folded)]


def test_a_colon_clock_time_after_a_day_word_is_a_time():
    assert "昨天15:30" in _texts("第29轮的8场比赛昨天15:30统一开赛。")
    assert "上午11:00" in _texts("每周日上午11:00播出。")


def test_a_score_is_no_time():
    assert not any(":" in t for t in _texts("天津津门虎队主场1:1战平上海申花队。"))


def test_the_hour_asked_is_met_by_a_colon_clock_time():
    import re
    grain = next(g for q, g in TIME_GRAINS if re.search(q, "几点开赛"))
    assert re.search(grain, "昨天15:30") and re.search(grain, "下午3点")
