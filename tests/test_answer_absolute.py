"""A day told relative to the page and printed as a date in the same article: the date answers (absolute.py)."""

from __future__ import annotations

import pytest

from qa.answer.absolute import absolute_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_ASKED = analyze("快艇从哪一天起涨价？")


def _c(day: str, text: str, score: float, article: str = "a#0") -> Candidate:
    s = Sentence(f"{article}:0:{len(text)}", article, 0, "body", text, 0, len(text))
    at = text.index(day)
    return Candidate(day, s, at, at + len(day), "time", score, "type:time")


def _dated(article_id: str) -> str:
    return "2011-05-27"


_HEAD = "快艇下月20日起涨价"
_LEAD = "港务厅昨天透露,票价从6月20日起生效。"


def test_the_date_as_printed_answers_before_the_relative_day():
    kept = [_c("下月20日", _HEAD, 12.0), _c("6月20日", _LEAD, 9.0)]
    assert absolute_first(kept, _ASKED, _dated)[0].text == "6月20日"


@pytest.mark.parametrize("kept", [
    [_c("下月20日", _HEAD, 12.0), _c("6月21日", "票价从6月21日起生效。", 9.0)],  # another day
    [_c("下月20日", _HEAD, 12.0), _c("6月20日", _LEAD, 9.0, "b#0")],  # another article
    [_c("6月20日", _LEAD, 12.0), _c("下月20日", _HEAD, 9.0)],  # the best is a date already
    [_c("当天", "6月20日是节日,当天放假。", 12.0), _c("6月20日", "6月20日是节日,当天放假。", 9.0)],  # the text's day
])
def test_the_order_stays(kept):
    assert absolute_first(kept, _ASKED, _dated) == kept
