"""A reporter asked by rank (主任记者, 高级记者, 首席记者) holds a post the text names, no byline (question.py)."""

from __future__ import annotations

import pytest

from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "byline"), [
    ("和冯磊一起来嘉禾采访的新华社主任记者是谁？", ""),
    ("人民日报的高级记者叫什么名字？", ""),
    ("这篇报道的记者是谁？", "writer"),  # the byline's reporter
    ("嘉禾县城乡一体化建设的报道是谁写的？", "writer"),
])
def test_a_ranked_reporter_is_no_byline(question, byline):
    assert analyze(question).byline == byline
