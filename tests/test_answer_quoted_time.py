"""A when-answer that is a whole quotation (称为「黑汗王朝」) is a name, not a time."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.quoted_time import quoted_time
from qa.normalize import fold


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    # DRCD 1193-3-1
    ("韓國要在什麼時間之前都不被中國視為國家？", "中國學界也長期將這個國家稱為「黑汗王朝」。", "黑汗王朝",
     "decline:type"),
    # DRCD 5758-3-3: the name the period was given, not the period the question asks
    ("在哪一個時期時稱朝鮮這一朝代為「李氏朝鮮」?", "所以將這一歷史時期改名為「朝鮮王朝」，簡稱「朝鮮」；", "朝鮮王朝",
     "decline:type"),
    # the time outside the quotation: kept
    ("「黑汗王朝」一名是何時出現的？", "1992年，中國學界將這個國家稱為「黑汗王朝」。", "1992年", ""),
    ("哪一個朝代結束了分裂局面？", "元朝結束了中國自安史之亂以來520多年的分裂局面。", "元朝", ""),
])
def test_a_quoted_name_is_no_time(question, sentence, answer, why):
    assert quoted_time(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "time")) == why
