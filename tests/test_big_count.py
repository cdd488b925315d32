"""A count of parts asked with 大 ("几大板块") is the numeral and 大 before the noun asked ("三大板块")
(big_count.py)."""

from __future__ import annotations

from qa.answer.big_count import big_counts
from qa.answer.question import analyze

_TEXT = "活动内容:包括群泉聚首、泼水狂欢、四区联动(泼水互动区、游戏互动区)三大板块。"


def _spans(question: str, text: str = _TEXT) -> list[str]:
    return [text[s.start:s.end] for s in big_counts(text, analyze(question))]


def test_the_count_before_the_asked_noun_is_a_number():
    assert _spans("泉水狂欢活动包括几大板块？") == ["三大"]
    assert _spans("园区规划了几大功能区？", "园区规划了6大功能区和1个引导区。") == ["6大"]


def test_another_noun_or_a_question_without_da_gives_none():
    assert _spans("泉水狂欢活动包括几大区域？") == []
    assert _spans("泉水狂欢活动包括几个板块？") == []
