"""A post asked of one place is not read off an article that never names that place (unnamed.py)."""

from __future__ import annotations

import pytest
from candidates import pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.unnamed import place_unnamed
from qa.normalize import fold


def _unnamed(question: str, article: str) -> bool:
    return place_unnamed(analyze(fold(question)), Surroundings(article=fold(article), tag=pos_tags))


_YANAN = "延安市县级融媒体建设现场会在富县召开。市委常委、宣传部部长柯昌万出席。"


@pytest.mark.parametrize(("question", "article"), [
    # another city's 宣传部部长: 无锡 is nowhere in the report on 延安
    ("出席全国地方媒体总编辑看无锡活动启动仪式的市委常委、宣传部部长是谁？", _YANAN),
    # a county the article never names (寿宁县; the article is on 竹山)
    ("到寿宁县融媒体中心调研的市委宣传部常务副部长是谁？",
     "竹山推进两个中心建设。市委宣传部常务副部长王雪峰参加调研。"),
])
def test_a_place_the_article_never_names(question, article):
    assert _unnamed(question, article)


@pytest.mark.parametrize(("question", "article"), [
    ("出席全国地方媒体总编辑看无锡活动启动仪式的市委常委、宣传部部长是谁？", "无锡市委常委、宣传部部长李秋峰出席。"),
    # a short form of the place asked (寿宁 for 寿宁县)
    ("到寿宁县融媒体中心调研的市委宣传部常务副部长是谁？", "宁德市委宣传部常务副部长到寿宁调研。"),
    # no place asked: any article may tell the post
    ("外交部发言人是谁？", "外交部发言人汪文斌主持例行记者会。"),
])
def test_the_place_printed_or_none_asked(question, article):
    assert not _unnamed(question, article)
