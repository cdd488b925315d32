"""A meeting asked (什么会议) is answered with the ordinal printed right before it (ordinal_meeting.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.ordinal_meeting import with_ordinal
from qa.answer.question import analyze

_TEXT = "部长周济近日在教育部直属高校咨询委员会第14次全体会议上强调,要认真学习贯彻会议精神。"


def test_the_ordinal_before_the_meeting_is_its_name():
    best = candidate_in(_TEXT, "全体会议", "term")
    widened = with_ordinal(best, analyze("周济在什么会议上强调人才的重要性?"))
    assert widened is not None and widened.text == "第14次全体会议"


def test_no_meeting_asked_or_no_ordinal_keeps_the_span():
    best = candidate_in(_TEXT, "全体会议", "term")
    assert with_ordinal(best, analyze("周济在哪里强调人才的重要性?")) is None
    plain = candidate_in("他在全体会议上发言。", "全体会议", "term")
    assert with_ordinal(plain, analyze("他在什么会议上发言?")) is None
