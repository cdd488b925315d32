"""When something ended is not answered from a sentence that tells no end at all (end_unprinted.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.end_unprinted import end_unprinted
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    return end_unprinted(analyze(fold(question)), candidate_in(sentence, fold(answer), "time"))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # pages71 (资阳日报): the athletics' day, not the closing asked
    ("资阳市第四届运动会的闭幕式是哪天举行的？",
     "本报讯(全媒体记者刘佳雨)3月26日,资阳市第四届运动会“新华文轩杯”中小学生田径比赛举行。", "3月26日"),
    # pages56 (韩联社): the hour the talks began, not the hour they ended
    ("韩日首脑在庆州的首次会谈于当天几点结束？", "韩日首脑会谈于当天下午6时2分开始,持续约41分钟。", "下午6时2分"),
    # pages24: a term of office's end asked, the year an action began given
    ("前任大法官黃虹霞是哪一年卸任的？",
     "2024年6月開始,總統府、行政院、監察院及立法院民進黨團接力針對國會改革法案聲請釋憲。", "2024年"),
])
def test_no_end_told_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:other"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the end told in other words
    ("运动会的闭幕式是哪天举行的？", "3月30日,运动会落下帷幕。", "3月30日"),
    ("黃虹霞是哪一年卸任的？", "黃虹霞2016年至2024年擔任大法官。", "2024年"),
    # an end the question prints as a setting is no end asked
    ("会议结束后代表团哪天抵达北京？", "代表团于5月3日抵达北京。", "5月3日"),
    # CMRC TRIAL_862_QUERY_3: the end before the question word sets the time of the screening asked
    ("摄影结束什么时候在日本上映的？", "2008年12月20日在日本上映。", "2008年12月20日"),
    # no end asked
    ("运动会是哪天开幕的？", "3月26日,运动会田径比赛举行。", "3月26日"),
])
def test_an_end_told_or_not_asked_is_kept(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
