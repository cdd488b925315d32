"""When a deed was done is not answered from a later clause that dates another happening (later_time.py), and the
name someone acted in is read between 以 and 名义 (frame.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.frame import framed
from qa.answer.later_time import later_time
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    return later_time(analyze(fold(question)), candidate_in(sentence, fold(answer), "time"))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the deed's clause says only 当时; the year opens a later clause with a change of its own
    ("老校舍是哪一年修建的？",
     "校长告诉记者,当时的铁路局就在陇海新村修建了老校舍,1950年该学校改为铁路职工子弟学校。", "1950年"),
    ("这座桥是哪一年建成的？", "这座桥建成于清代,1985年大桥进行了一次大修。", "1985年"),
])
def test_a_later_clause_time_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:other"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the time sets the scene before the deed's clause
    ("新楼是哪一年修建的？", "1950年,学校在陇海新村修建了新楼。", "1950年"),
    # the time inside the deed's clause
    ("新楼是哪一年修建的？", "学校于1950年修建了新楼,2005年划归市教育局管理。", "1950年"),
    # the deed's clause has its own time: another rule picks between them
    ("新楼是哪一年修建的？", "学校在1950年修建了新楼,2005年划归市教育局管理。", "2005年"),
    # the deed is not printed: left to the others
    ("新楼是哪一年落成的？", "学校修建了新楼,2005年划归市教育局管理。", "2005年"),
    # the deed's clause ends as the time of what follows (DRCD 3297-2-2)
    ("慈禧在哪一年入宫？", "慈禧选中入宫后,惠征忙于此事,1852年七月到芜湖上任。", "1852年"),
    # the time's own clause prints other words of the question (pages38, 砂拉越's schools)
    ("教育部原定小学生哪天返校复课？", "将9个地区的小学生返校复课,由教育部原定3月1日展延两週。", "3月1日"),
])
def test_a_time_of_the_deed_or_before_it_is_kept(question, sentence, answer):
    assert _why(question, sentence, answer) == ""


def test_the_name_acted_in_is_read_between_yi_and_mingyi():
    sentence = fold("热心华商为纪念先父,特以New Zealand Creamery名義再度獻捐農村校舍五座。")
    best = candidate_in(sentence, fold("Creamery名義"), "other")
    got = framed(best, analyze(fold("他們以什麼名義獻捐農村校舍？")))
    assert got is not None and got.text == fold("New Zealand Creamery")
    sentence = fold("他以嘉宾身份出席了开幕式。")
    got = framed(candidate_in(sentence, "嘉宾身份", "other"), analyze(fold("他以什么身份出席开幕式？")))
    assert got is not None and got.text == "嘉宾"
