"""A headline's round figure (百名) gives way to the exact one the story prints with the same words after it
(round_figure.py)."""

from __future__ import annotations

from dataclasses import replace

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.round_figure import exact_first

_HEAD = "百色乐业:文秀幼儿园迎来百名新生"
_BODY = "现在,她的愿望实现了:今年秋季学期,乐业县新化镇百坭村文秀幼儿园顺利开园,迎来了115名新生。"


def test_the_exact_figure_comes_first():
    kept = [candidate_in(_HEAD, "百名", sid="a:0:0", score=16.6), candidate_in(_BODY, "115名", sid="a:1:0", score=14.8)]
    assert exact_first(kept, analyze("文秀幼儿园迎来了多少名新生？"))[0].text == "115名"


def test_a_figure_of_other_words_or_another_article_is_not_taken():
    other = "该园共有教职工18名,幼儿180名。"
    elsewhere = candidate_in(_BODY, "115名", sid="b:1:0", score=7.0)
    elsewhere = replace(elsewhere, sentence=replace(elsewhere.sentence, article_id="b"))
    kept = [candidate_in(_HEAD, "百名", sid="a:0:0", score=16.6), candidate_in(other, "18名", sid="a:2:0", score=8.0),
            elsewhere]
    assert exact_first(kept, analyze("文秀幼儿园迎来了多少名新生？"))[0].text == "百名"
