"""A which/what answer that ends with the noun of the kind asked is a whole name, an adverb jieba reads inside it
notwithstanding (np_tail.py): "哪个|基金会" ↔ "教育部终身/d学习圈基金会". Sentences written for these tests."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.np_tail import noun_tail
from qa.answer.question import analyze


def test_a_name_ending_with_the_kind_asked_is_kept_whole():
    best = candidate_in("电台携手教育部终身学习圈基金会共同设摊。", "教育部终身学习圈基金会", "term", "slot", score=0.0)
    assert noun_tail(best, analyze("电台携手哪个基金会共同设摊？"), pos_tags) is best


def test_a_demonstrative_before_the_kind_asked_still_ends_the_name():
    best = candidate_in("普鲁士只有汉诺威这个盟友。", "汉诺威这个盟友", "term", "slot", score=0.0)
    assert noun_tail(best, analyze("普鲁士只有哪个盟友？"), pos_tags).text == "汉诺威"
