"""The day a caption says a photo was taken answers no other when-question (photo_date.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.photo_date import photo_date
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    return photo_date(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "time"))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("哈密市第二次党代会在哪天开幕？", "2021年5月23日拍摄的哈密光热发电站全景(无人机拍摄)。", "2021年5月23日"),
    ("新桥是什么时候通车的？", "新桥全景,摄于2020年3月1日。", "2020年3月1日"),
])
def test_a_photos_date_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:date"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the photo itself asked
    ("这张全景照片是哪天拍摄的？", "2021年5月23日拍摄的哈密50兆瓦熔盐塔式光热发电站全景。", "2021年5月23日"),
    # a date of the event, not of a photo
    ("哈密市第二次党代会在哪天开幕？", "2021年9月25日,哈密市第二次党代会开幕。", "2021年9月25日"),
])
def test_other_dates_stay(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
