"""time_slot: a date or time the anchors close in on is no answer to a question asking a person."""

from __future__ import annotations

from qa.answer.time_slot import time_for_person


def test_a_time_in_a_persons_slot_is_no_answer():
    f = "11月初的拉脱维亚首都里加,以一场深厚的初雪迎接着到访的中国总理。"
    assert time_for_person(f, 0, 4, ("person",))  # "11月初" for 哪位拉脱维亚总理


def test_a_name_or_a_question_asking_a_time_keeps_its_slot():
    f = "拉脱维亚总理库钦斯基斯在里加会见了李克强。"
    assert not time_for_person(f, 6, 11, ("person",))  # 库钦斯基斯: a name
    assert not time_for_person("11月初,总理到访。", 0, 4, ("time",))  # a when-question asks the time
    assert not time_for_person("11月初,总理到访。", 0, 4, ("person", "time"))
