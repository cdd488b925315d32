"""A size asked and a count of people or kinds given is declined (size_by_count.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.size_by_count import size_by_count
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    s = fold(sentence)
    return size_by_count(analyze(fold(question)), candidate_in(s, fold(answer)))


def test_a_count_of_people_or_kinds_answers_no_size():
    # DRCD 1152-16-1 and 3316-6-2, asked with their paragraphs not indexed
    assert _why("臺北港特定區有多大？", "丰华唱片让原来由张雨生独唱的《我期待》加上陶晶莹的声音，成了两人对唱。",
                "两人") == "decline:unit"
    assert _why("根據凡爾賽條約，德國失去了多少面積的國土?", "而且條約是勝利者強加於失敗者的和平，是對德國的一種羞辱。",
                "一種") == "decline:unit"


def test_a_size_or_another_question_stays():
    assert _why("臺北港特定區有多大？", "臺北港特定區面積約1138公頃。", "1138公頃") == ""
    assert _why("活动规模有多大？", "共有500人参加活动。", "500人") == ""  # a scale may be counted in people
    assert _why("有多少人参加？", "共有500人参加活动。", "500人") == ""  # no size asked
