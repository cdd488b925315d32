"""A target asked is not answered by an outcome: a sentence that tells no aim (target_asked.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.target_asked import outcome_for_target
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, near: str = "") -> str:
    c = candidate_in(fold(sentence), fold(answer), "number")
    return outcome_for_target(analyze(fold(question)), c, Surroundings(near=fold(near)))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # a county's outcome of the year, not the plan's target
    ("今年城鎮新增就業目標是多少？", "全縣就業形勢穩定有序,全年城鎮新增就業人員5688人,增長9%;", "5688人"),
    ("城鎮調查失業率的目標是多少？", "年末城鎮登記失業率0.7%,比上年下降1.65個百分點;", "0.7%"),
])
def test_an_outcome_for_a_target_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:measure"


@pytest.mark.parametrize(("question", "sentence", "answer", "near"), [
    ("今年國內生產總值增長預期目標是多少？", "今年發展主要預期目標是:國內生產總值增長5%左右;", "5%", ""),
    ("二00七年中国国内生产总值增长目标是多少？", "温家宝提出,二00七年中国国内生产总值增长百分之八左右。",
     "百分之八", ""),
    # the aim told just before ("今年的主要目标是:")
    ("今年城镇新增就业目标是多少？", "城镇新增就业1200万人。", "1200万人", "今年发展的主要目标是:"),
    # no target asked
    ("城镇登记失业率是多少？", "年末城鎮登記失業率0.7%。", "0.7%", ""),
])
def test_an_aim_told_or_no_target_asked_stays(question, sentence, answer, near):
    assert _why(question, sentence, answer, near) == ""
