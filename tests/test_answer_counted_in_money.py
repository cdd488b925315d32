"""A count of things or people asked by a bare 多少 (多少国家) is not answered by a sum of money."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.counted_in_money import money_for_count
from qa.answer.question import analyze
from qa.normalize import fold

# DRCD 1193-29 (韩国)
_KOREA = ("2010年，韓國國內生產總值增長6.1%，人均國內生產毛額時隔3年後重新超過2萬美元，"
          "外匯儲備達2915.7億美元，外匯儲量世界第六。")


@pytest.mark.parametrize(("question", "answer", "why"), [
    ("2010年時全球的外匯儲量有多少國家大於或等於2915.7億美元？", "2萬美元", "decline:unit"),
    ("2010年韩国的外汇储备是多少？", "2915.7億美元", ""),  # a sum asked
    ("2010年韩国的人均国内生产毛额超过多少？", "2萬美元", ""),  # 人均: a sum per head, not people counted
    ("2010年時全球的外匯儲量有多少國家大於或等於2915.7億美元？", "6.1%", ""),  # no currency: other rules'
])
def test_a_count_is_no_sum(question, answer, why):
    assert money_for_count(analyze(fold(question)), candidate_in(fold(_KOREA), fold(answer), "number")) == why
