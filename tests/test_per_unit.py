"""A rate asked is the figure with the 每-phrase printed right before it (per_unit.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.per_unit import per_unit
from qa.answer.question import analyze

# CMRC TRIAL_587_QUERY_0 and DRCD 1180-33-1
_DENSITY = "淮海中路街道的人口密度达到每平方公里69670人，是上海市人口密度最高的区域之一。"
_SPIN = "無論如何，波霎的自轉是非常快速的，例如在蟹狀星雲核心的波霎，自轉速率為每秒30轉。"


def test_a_rate_asked_takes_the_per_phrase_before_its_figure():
    best = per_unit(candidate_in(_DENSITY, "69670人"), analyze("淮海中路街道的人口密度是多少？"))
    assert best is not None and best.text == "每平方公里69670人"
    best = per_unit(candidate_in(_SPIN, "30"), analyze("蟹狀星雲核心的波霎擁有多快的自轉速率？"))
    assert best is not None and best.text == "每秒30"


def test_no_rate_asked_or_the_per_phrase_asked_keeps_the_figure():
    assert per_unit(candidate_in(_DENSITY, "69670人"), analyze("淮海中路街道有多少人？")) is None
    assert per_unit(candidate_in(_DENSITY, "69670人"), analyze("淮海中路街道每平方公里的人口密度是多少？")) is None
