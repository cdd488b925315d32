"""A place asked by its level (哪个区, 哪个县): the name ending with its word comes first (level_place.level_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.level_place import level_first
from qa.answer.question import analyze

_TEXT = "5月13日下午,卫东区东环路小学美丽的校园内,20名小记者围着校长。"


def test_the_name_of_the_level_asked_comes_first():
    kept = [candidate_in(_TEXT, "美丽", "place", score=11.5), candidate_in(_TEXT, "卫东区", "place", score=10.5)]
    assert level_first(kept, analyze("东环路小学在哪个区?"))[0].text == "卫东区"


def test_no_level_asked_keeps_the_order():
    kept = [candidate_in(_TEXT, "美丽", "place", score=11.5), candidate_in(_TEXT, "卫东区", "place", score=10.5)]
    assert level_first(kept, analyze("东环路小学在哪里?"))[0].text == "美丽"
    # the level's word must end a name of its own, not the bare word
    bare = [candidate_in("这个区很美丽。", "美丽", "place"), candidate_in("这个区很美丽。", "个区", "place")]
    assert level_first(bare, analyze("学校在哪个区?"))[0].text == "美丽"
