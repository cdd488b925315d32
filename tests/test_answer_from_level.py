"""A change asked (增加多少) is not answered by the level the change started from (自2.1%增加至2.7%)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.from_level import from_level_for_change
from qa.answer.question import analyze
from qa.normalize import fold

# DRCD 1179-29 (稻草)
_SOIL = "研究資料也顯示，三年中每年都掩埋稻草，會讓稻田土壤有機質含量自2.1％增加至2.7％。"


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    ("連續三年在排水不良的田中掩埋稻草的話最多稻米的產量會增加多少？", _SOIL, "2.1％", "decline:measure"),
    ("全市人口增长了多少？", "全市人口由120万人增长到150万人。", "120万人", "decline:measure"),
    # the level reached, or a change printed as such: kept
    ("土壤有機質含量會增加到多少？", _SOIL, "2.7％", ""),
    ("土壤有機質含量會增加多少？", _SOIL, "2.7％", ""),
    ("稻米的產量會增加多少？", "每年都掩埋稻草的話，第四年以後，稻米就可增產約5～8％。", "約5～8％", ""),
    # a level asked, not a change
    ("土壤有機質含量原來是多少？", _SOIL, "2.1％", ""),
])
def test_a_change_asked(question, sentence, answer, why):
    assert from_level_for_change(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "number")) == why
