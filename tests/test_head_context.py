"""Several names of the kind a what-question asks in one sentence ("哪一种气候" ↔ "…属热带草原气候，…，其余地区属
热带雨林气候"): their context, read against each other, tells which one the question is about (head_context.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from qa.answer.head_context import relative_context
from qa.engine import build_engine
from qa.types import Article, Paragraph


def test_a_lone_name_keeps_the_score_it_had():
    lone = {"src_head": 1.0, "ctx_left": 0.3, "clause_share": 0.25}
    relative_context([lone])
    assert lone == {"src_head": 1.0}


def test_only_what_one_name_has_more_than_the_other_counts():
    near = {"ctx_left": 0.5, "clause_share": 0.4, "fragment": 1.0}
    far = {"ctx_left": 0.1, "clause_share": 0.4}
    relative_context([near, far])
    assert near == pytest.approx({"ctx_left": 0.4, "fragment": 1.0})
    assert far == {}


@pytest.fixture(scope="module")
def climates(config):
    texts = [("气候", "该岛东南沿海属热带草原气候，海拔一千米以上的山区属山地气候，其余地区属热带雨林气候。"),
             ("字母", "改革以前，该国用阿拉伯字母书写，1928年起改用拉丁字母。"),
             ("港口", "这座港口每年吞吐集装箱超过三千万标准箱，是全国最繁忙的港口之一。"),
             ("大学", "该校创办于1911年，现有本科专业八十余个，在校学生三万多人。"),
             ("铁路", "这条铁路全长一千四百公里，设计时速三百五十公里，沿途设站二十四座。"),
             ("球队", "球队在主场以三比一战胜对手，取得本赛季的第五场胜利。")]
    articles = [Article(id=f"c{i}", file="t.json", headline=title,
                        paragraphs=(Paragraph(index=0, kind="body", text=t),)) for i, (title, t) in enumerate(texts)]
    return build_engine(config, articles=articles)


@pytest.mark.parametrize(("question", "gold"), [
    ("该岛其余地区属于哪一种气候？", "热带雨林气候"),
    ("该岛的山区属于哪一种气候？", "山地气候"),
    ("该国在改革以前用哪一种字母书写？", "阿拉伯字母"),
])
def test_the_name_whose_context_the_question_repeats_is_the_answer(climates, question, gold):
    a = climates.ask(question)
    assert not a.declined
    assert a.text == gold
