"""A where-question asking a place of one level answered by a chain of levels is the chain's last unit when it is
of the level asked (asked_level.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.asked_level import last_level
from qa.answer.question import analyze


def _last(sentence: str, answer: str, question: str) -> str | None:
    got = last_level(candidate_in(sentence, answer, "place"), analyze(question))
    return None if got is None else got.text


def test_the_unit_of_the_level_asked_is_the_chain_s_last():
    assert _last("赤城县东南与北京市怀柔区相邻。", "北京市怀柔区", "赤城县与延庆区和哪一个区相邻？") == "怀柔区"
    assert _last("机场位于昆明市官渡区长水村附近。", "昆明市官渡区长水村", "机场在云南省的哪一个村子附近？") \
        == "长水村"


def test_one_unit_another_level_or_no_level_asked_keeps_the_answer():
    assert _last("机场位于官渡区。", "官渡区", "机场位于哪一个区？") is None
    assert _last("机场位于昆明市官渡区。", "昆明市官渡区", "机场位于哪一个村？") is None
    assert _last("机场位于昆明市官渡区。", "昆明市官渡区", "机场位于哪里？") is None
