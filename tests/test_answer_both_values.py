"""分别 before the question word asks two values: the answer runs from the best to the next value of its type in
its sentence (both_values.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.both_values import both_measures, both_values
from qa.answer.question import analyze

# CMRC TRIAL_563_QUERY_3 and TRIAL_862_QUERY_0
_PAY = "男子的平均年收入为31,875美元，女子的平均年收入为23,235美元。"
_SHOOT = "2007年7月27日摄影开始，8月18日结束（撮影期21日）。"


def test_both_figures_asked():
    best = candidate_in(_PAY, "31,875美元")
    got = both_values(best, [candidate_in(_PAY, "23,235美元")], analyze("男子和女子的平均年收入分别是多少？"))
    assert got is not None and got.text == "31,875美元，女子的平均年收入为23,235美元"


def test_both_times_asked():
    best = candidate_in(_SHOOT, "2007年7月27日", kind="time")
    info = analyze("摄影开始和结束的时间分别是什么时候？")
    got = both_values(best, [candidate_in(_SHOOT, "8月18日", kind="time")], info)
    assert got is not None and got.text == "2007年7月27日摄影开始，8月18日"


def test_one_value_asked_stays():
    best = candidate_in(_PAY, "31,875美元")
    assert both_values(best, [candidate_in(_PAY, "23,235美元")], analyze("男子的平均年收入是多少？")) is None


# CMRC TRIAL_123_QUERY_0
_PLAYER = "兰比尔身高2米11(6呎11吋)，体重118公斤，场上司职中锋。"


def test_two_measured_nouns_asked_together_are_answered_with_both_figures():
    kept = [candidate_in(_PLAYER, "118公斤", score=9.0), candidate_in(_PLAYER, "2米11", score=8.0)]
    got = both_measures(kept[0], kept[1:], analyze("兰比尔的身高体重是多少？"))
    assert got is not None and got.text == "2米11(6呎11吋)，体重118公斤"
    assert both_measures(kept[0], kept[1:], analyze("兰比尔的体重是多少？")) is None
