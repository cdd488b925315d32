"""A gap answer beside an item the question lists is a sibling of it, not the thing asked (list_sibling.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.list_sibling import sibling_of_named
from qa.answer.question import analyze

# DRCD 1193-17-1 (the answer is 亞熱帶常綠闊葉林, which the items belong to)
_S = "南部沿海和濟州島的植被是亞熱帶常綠闊葉林，主要植物有山茶、狹葉櫟、竹等。"


def test_an_item_beside_the_items_the_question_lists_is_declined():
    question = analyze("狹葉櫟和竹是哪一種植披的主要植物？")
    assert sibling_of_named(candidate_in(_S, "山茶", "term", "sentence+gap"), question)


@pytest.mark.parametrize(("sentence", "span", "question", "rule"), [
    # the thing the items belong to
    (_S, "亞熱帶常綠闊葉林", "狹葉櫟和竹是哪一種植披的主要植物？", "sentence+gap"),
    # the question lists no item (DRCD 2455-10-4: the city joined to Oslo is the one asked)
    ("合併奧斯陸和阿克爾自治市的想法被提出，但一開始，只有很少一部分人支持這個主意。", "阿克爾自治市",
     "於1948年併入奧斯陸的城市名為什麼?", "sentence+gap"),
    # a question asking the item its list leaves out
    ("在內政方面，拿破崙三世試圖在保守派和自由派之間取得平衡。", "保守派",
     "拿破崙三世試圖在兩個派別中取得平衡，一個是自由派，另一個是?", "sentence+gap"),
    (_S, "山茶", "狹葉櫟、竹以及哪一種植物是主要植物？", "sentence+gap"),
    # no gap answer
    (_S, "山茶", "狹葉櫟和竹是哪一種植披的主要植物？", "head"),
])
def test_kept(sentence, span, question, rule):
    assert not sibling_of_named(candidate_in(sentence, span, "term", rule), analyze(question))
