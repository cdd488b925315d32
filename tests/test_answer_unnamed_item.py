"""The item of a list the question does not name (shape._unnamed_item, shape._item_before_total): sentences
written for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.question import analyze
from qa.answer.shape import _item_before_total, _unnamed_item


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    # the question word before the conjunction: "什么与X"
    ("该市是欧洲重要的什么与航运中心？", "该市是欧洲重要的航运中心和贸易中心。", "航运中心和贸易中心", "贸易中心"),
    # the question ends on the conjunction (a cloze)
    ("该县曾分属东路以及？", "该县曾分属东路和西路。", "东路和西路", "西路"),
    # the first item told after the sentence's opening words
    ("这种植物分布在温带以及哪一种气候的地区？", "这种植物广泛分布在温带和亚热带。",
     "这种植物广泛分布在温带和亚热带", "亚热带"),
    # the last item told before the predicate
    ("前期的军镇为南徐州以及哪里？", "前期以荆州和南徐州为核心军镇。", "荆州和南徐州为核心军镇", "荆州"),
])
def test_the_item_the_question_does_not_name(question, sentence, span, answer):
    got = _unnamed_item(candidate_in(sentence, span, "slot", "slot", score=0.0), analyze(question), pos_tags)
    assert got.text == answer
    assert got.rule == "slot+unnamed"


def test_two_items_left_unnamed_keep_the_span() -> None:
    best = candidate_in("这种植物分布在寒带、温带和亚热带。", "寒带、温带和亚热带", "slot", "slot", score=0.0)
    assert _unnamed_item(best, analyze("这种植物分布在哪里以及什么地区？"), pos_tags) is best


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    ("心包又可以区分为壁层以及？", "心包可以区分为壁层和脏层两层。", "脏层两层", "脏层"),
    ("影展设有金熊奖和哪一个奖项？", "影展设有金熊奖和银熊奖两项大奖。", "银熊奖两项大奖", "银熊奖"),
])
def test_the_item_left_ends_before_the_count_of_them_all(question, sentence, span, answer):
    got = _item_before_total(candidate_in(sentence, span, "slot", "rest", score=0.0), analyze(question), pos_tags)
    assert got.text == answer
    assert got.rule == "rest+item"


@pytest.mark.parametrize(("question", "sentence", "span"), [
    # a verb before the count: it is the clause's object
    ("项目造成了快线以及哪一条路线？", "项目共建造成两条路线。", "项目共建造成两条路线"),
    # what is left is an item the question names
    ("期货分成两种，一种是金融期货，另一种是？", "期货分为金融期货两大类。", "金融期货两大类"),
])
def test_the_span_before_a_count_is_kept_otherwise(question, sentence, span):
    best = candidate_in(sentence, span, "slot", "rest", score=0.0)
    assert _item_before_total(best, analyze(question), pos_tags) is best
