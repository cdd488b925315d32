"""A time asked with 时 after 哪 alone, short or mistyped (question.py's when pattern): DRCD's questions."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.normalize import fold


def test_which_time_typed_short_or_mistyped_asks_when():
    assert analyze(fold("大躍進的弊病從哪時開始逐漸浮現?")).qtype == "when"  # DRCD 3384-8-4: 1958年底
    assert analyze(fold("波普藝術在哪一個時帶由歐洲傳入了美國?")).qtype == "when"  # DRCD 6415-3-2: 1950年代
    assert analyze(fold("總兵在哪一個時其實為無品級之武官官名?")).qtype == "when"  # DRCD 5775-1-4: 明朝


def test_a_thing_named_with_shi_is_no_time():
    assert analyze(fold("哪个时装品牌赞助了这场比赛?")).qtype != "when"
    assert analyze(fold("该国使用哪个时区?")).qtype != "when"
