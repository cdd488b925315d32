"""A span of time answers with the end the question asks: its start for 从什么时候(开始), its end for 什么时候之前
(range_side.py); a question asking neither keeps the span."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.range_side import range_side

# DRCD 5775-1-2 and 1193-28-1
_RANK = "明朝初年設置的總兵一職，自14世紀末至20世紀初一直是武官官名。"
_KOREA = "20世紀60年代到70年代初，韓國主要發展勞動密集型產業和基礎設施建設；"


def test_the_start_asked():
    best = candidate_in(_RANK, "14世紀末至20世紀初", kind="time")
    got = range_side(best, analyze("「總兵」此官職軍階名稱從什麼時候開始實施?"))
    assert got is not None and got.text == "14世紀末"


def test_the_end_asked():
    best = candidate_in(_KOREA, "20世紀60年代到70年代初", kind="time")
    got = range_side(best, analyze("在什麼時間之前韓國仍然以勞動密集型產業和基礎設施建設的發展為主？"))
    assert got is not None and got.text == "70年代初"


def test_neither_end_asked_keeps_the_span():
    best = candidate_in(_KOREA, "20世紀60年代到70年代初", kind="time")
    assert range_side(best, analyze("韓國什麼時候主要發展勞動密集型產業？")) is None
