"""Units that answer a question asked in another (lexicon.SAME_UNITS): a measure by its Taiwan and its mainland
name (公尺 ↔ 米, 公斤 ↔ 千克)."""

from __future__ import annotations

from qa.answer.policy import _wrong_unit
from qa.answer.question import analyze
from qa.normalize import fold


def _unit_declined(question: str, answer: str) -> str:
    return _wrong_unit(analyze(fold(question)), answer)


def test_a_measure_by_its_other_name_answers():
    assert _unit_declined("晉中市內大部分地區位處海拔多少公尺之上?", "1000米") == ""
    assert _unit_declined("这头牛重多少千克?", "500公斤") == ""
    # another measure still disagrees
    assert _unit_declined("晉中市內大部分地區位處海拔多少公尺之上?", "1000公斤") == "decline:unit"

