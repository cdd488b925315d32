"""A month asked (每年的几月, 哪个月, 什么月份) is answered by a month: another grain of time declines."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.month_asked import month_for_other
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    return month_for_other(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "time"))


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    # DRCD 3519-2-4: the decade another sentence dates a car works by
    ("布里斯托國際熱氣球節舉行與每年的幾月?", "英國航空公司在本市加入製作汽車，在1940年代成立布里斯托汽車。",
     "1940年代", "decline:grain"),
    ("新车什么月份上市？", "该车型于2019年正式上市。", "2019年", "decline:grain"),
    # a month, a season: kept
    ("布里斯托國際熱氣球節舉行與每年的幾月?", "並以每年八月的布里斯托國際熱氣球節在全球享譽盛名。", "八月", ""),
    ("会议在哪个月召开？", "会议于2019年3月召开。", "2019年3月", ""),
    # a day asked (几月几日) is the day grain's, not this rule's
    ("克羅埃西亞省在幾月幾日成立?", "1944年，克羅埃西亞省成立。", "1944年", ""),
])
def test_a_month_asked(question, sentence, answer, why):
    assert _why(question, sentence, answer) == why
