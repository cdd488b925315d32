"""A figure or a time asked of one item of a bulleted list is not answered from another item (item_label.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.item_label import item_label
from qa.answer.question import analyze
from qa.normalize import fold

# pages69 (西安日报): a bulleted list of projects, each named before its colon
_ITEM = ("●西安华夏文化旅游综合体项目:总投资28亿元,项目位于浐灞生态区世博大道杏园立交交会处,一期项目包括室内演艺剧场、"
         "游园景区等,预计明年3月开业。")


def _why(question: str, sentence: str, answer: str, kind: str, before: str = "") -> str:
    sentence = fold(sentence)
    return item_label(analyze(fold(question)), candidate_in(sentence, fold(answer), kind),
                      Surroundings(near="西安日报 " + fold(before)))


@pytest.mark.parametrize(("question", "answer", "kind"), [
    ("白鹿仓民俗文化旅游项目预计什么时候开业？", "明年3月", "time"),
    ("西安关中民俗艺术博物院二期项目投资多少？", "28亿元", "number"),
])
def test_another_items_figure_declines(question, answer, kind):
    assert _why(question, _ITEM, answer, kind) == "decline:subject"


def test_the_items_next_sentence_is_the_item_too():
    # its paragraph's second sentence, the label in the text before it
    assert _why("白鹿仓民俗文化旅游项目预计什么时候开业？", "二期项目包括海空文化馆、水陆乐园等,预计明年6月开业。",
                "明年6月", "time", before=_ITEM) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "kind"), [
    ("西安华夏文化旅游综合体项目预计什么时候开业？", _ITEM, "明年3月", "time"),  # the item asked
    ("华夏文化旅游综合体项目投资多少？", _ITEM, "28亿元", "number"),  # named short
    ("这个项目投资多少？", _ITEM, "28亿元", "number"),  # no other name asked
    # no bullet: a speaker or a field may open the sentence
    ("白鹿仓民俗文化旅游项目投资多少？", "西安华夏文化旅游综合体项目:总投资28亿元。", "28亿元", "number"),
])
def test_the_item_asked_or_an_unbulleted_sentence_is_kept(question, sentence, answer, kind):
    assert _why(question, sentence, answer, kind) == ""


def test_the_item_asked_in_its_next_sentence_is_kept():
    assert _why("西安华夏文化旅游综合体项目二期预计什么时候开业？",
                "二期项目包括海空文化馆、水陆乐园等,预计明年6月开业。", "明年6月", "time", before=_ITEM) == ""
