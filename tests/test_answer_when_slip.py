"""什麼時後, a common slip for 什麼時候, asks when (question.py)."""

from __future__ import annotations

from qa.answer.question import analyze


def test_shi_hou_written_with_the_wrong_hou_asks_when():
    assert analyze("新丸都城在什麼時後又再次被夷為平地？").qtype == "when"
    assert analyze("什么时后才出现了第一个重要立法?").qtype == "when"
    assert analyze("什么时候才出现了第一个重要立法?").qtype == "when"
