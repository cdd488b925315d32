"""A sentence naming no year of its own tells the year its paragraph named last (policy.inconsistent, the
Surroundings' para_year): "2020年,贵州粮食播种面积…。在秋粮生产后期…。其中,夏粮产量251.67万吨"."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.policy import inconsistent
from qa.answer.question import analyze

_TEXT = "其中,夏粮产量251.67万吨,同比增长7.61%,是拉动全年粮食产量增收的重要力量。"
_ARTICLE = "这是自2012年以来,贵州粮食产量连续9年稳定在千万吨以上。2020年,贵州粮食播种面积为2754.14千公顷。" + _TEXT


def _why(question: str, para_year: str) -> str:
    around = Surroundings(article=_ARTICLE, para_year=para_year)
    return inconsistent(analyze(question), candidate_in(_TEXT, "251.67万吨", "number"), around)


def test_the_paragraphs_year_dates_a_yearless_sentence():
    assert _why("2020年贵州夏粮产量是多少万吨？", "2020") == ""


def test_another_year_asked_or_none_in_the_paragraph_is_declined():
    assert _why("2019年贵州夏粮产量是多少万吨？", "2020") == "decline:year"
    assert _why("2020年贵州夏粮产量是多少万吨？", "") == "decline:year"
