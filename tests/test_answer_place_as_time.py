"""A where-question is not answered by a time alone or by a span that opens with 与 (a partner)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.place_as_time import place_as_time
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    return place_as_time(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "span", "venue:phrase"))


_RITE = "該聯誼會將於今年八月十五日晚上舉行「雷州聯誼會成立及第一屆理監事就職典禮」。"
_PRESS = "岸田总理在与佐科维总统举行的新闻发布会上说,我们将讨论该地区的局势。"
_DINNER = "菲中友好协会庆祝成立四十九周年典礼,于二零二四年一月六日假座世纪海鲜酒家隆重举行。"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("澳門南海同鄉會的會慶暨就職典禮在哪裡舉行？", _RITE, "今年八月十五日晚上"),
    ("联合国世界青年峰会将在哪里举行？", _PRESS, "与佐科维总统"),
])
def test_a_time_or_a_partner_for_a_place_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:type"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # a place, a place holding a figure later, a place that opens like a month, a date before the venue
    ("二零一三世界電信日慶祝典禮在哪裡舉行？", _DINNER, "二零二四年一月六日假座世纪海鲜酒家隆重"),
    ("典礼在哪里举行？", "典礼于世纪海鲜酒家举行。", "世纪海鲜酒家"),
    ("机车周在哪里举行？", "机车周将在第二期城市广场举行。", "第二期城市广场"),
    ("展览在哪里举行？", "展览在五月花广场举行。", "五月花广场"),
])
def test_a_place_stays(question, sentence, answer):
    assert _why(question, sentence, answer) == ""


def test_only_a_where_question_is_read():
    assert _why("典礼是什么时候举行的？", _RITE, "今年八月十五日晚上") == ""
