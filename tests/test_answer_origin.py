"""A destination asked whose place the sentence prints only as where it leaves from (origin.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.origin import origin_for_destination
from qa.answer.question import analyze


def _why(sentence: str, when: str, question: str) -> str:
    return origin_for_destination(analyze(question), candidate_in(sentence, when, "time"))


def test_the_departure_does_not_tell_the_return():
    assert _why("祝贺团于10月7日上午自曼谷素万那普机场启程,返抵桃园", "10月7日上午", "祝贺团哪一天返回曼谷？") \
        == "decline:other"


@pytest.mark.parametrize(("sentence", "when", "question"), [
    ("祝贺团于10月12日自桃园启程返回曼谷", "10月12日", "祝贺团哪一天返回曼谷？"),  # the return told
    ("祝贺团于10月7日上午抵达曼谷", "10月7日上午", "祝贺团哪一天抵达曼谷？"),  # no origin
    ("祝贺团于10月7日上午自曼谷启程", "10月7日上午", "祝贺团哪一天从曼谷出发？"),  # the departure asked
])
def test_the_time_stands(sentence, when, question):
    assert _why(sentence, when, question) == ""
