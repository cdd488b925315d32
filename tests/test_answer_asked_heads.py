"""The noun a what-question asks a kind of, printed right after the span, ends the answer (shape._asked_noun_after,
with _asked_heads): sentences written for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.question import analyze
from qa.answer.shape import _asked_noun_after


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    # the tail of the asked phrase ("网球|比赛")
    ("决胜盘会在哪一种网球比赛中使用？", "在双打比赛中，有时也会使用决胜盘。", "双打", "双打比赛"),
    # a verbal noun that ends the question's phrase
    ("当年中国开始了什么运动？", "当年中国开始了大跃进运动。", "大跃进", "大跃进运动"),
])
def test_the_asked_noun_after_the_span_ends_the_answer(question, sentence, span, answer):
    got = _asked_noun_after(candidate_in(sentence, span, "slot", "slot", score=0.0), analyze(question), pos_tags)
    assert got.text == answer
    assert got.rule == "slot+noun"


@pytest.mark.parametrize(("question", "sentence", "span"), [
    # the span names the kind already: the words after the asked noun are the question's predicate
    ("网易是与哪个公司达成协议的？", "网易与暴雪娱乐公司达成协议。", "暴雪娱乐公司"),
    # a verbal noun the question goes on from is its predicate, not the kind asked
    ("这一体制是由哪一种思想发展而来？", "这一体制由马克思主义发展而来。", "马克思主义"),
])
def test_the_span_is_kept_otherwise(question, sentence, span):
    best = candidate_in(sentence, span, "slot", "slot", score=0.0)
    assert _asked_noun_after(best, analyze(question), pos_tags) is best


@pytest.mark.parametrize(("question", "sentence", "span", "rule", "answer"), [
    # a kind word and 的 before the noun asked: the noun after 的 is the one the answer ends with
    ("这个国家当时采用什么形式的汇率制度？", "这个国家当时实行双重汇率制度。", "双重", "slot", "双重汇率制度"),
    # a noun jieba tags a place word (窗口/s)
    ("持信用卡的旅客必须利用哪种窗口？", "持信用卡的旅客必须利用绿窗口才能订票。", "绿", "slot", "绿窗口"),
    # a verb before the noun that ends the question modifies it (会谈/v 机制)
    ("双方将重启哪一个会谈机制？", "双方表示将重启南北高级别会谈机制。", "南北高级别", "slot", "南北高级别会谈机制"),
    # the slot's words before the name (a pronoun, a preposition, a verb) are left out
    ("这种蝾螈属于哪一种类型的动物？", "这可从同为两栖动物的无肺蝾螈身上看出。", "这可从同为两栖", "slot", "两栖动物"),
    # a list before the noun is one phrase, whatever its items are tagged
    ("这家银行主要提供什么服务？", "该行主要提供一系列汇兑、信贷及非银行服务。", "一系列汇兑、信贷及非银行", "slot",
     "一系列汇兑、信贷及非银行服务"),
    # the gap's run of a whole sentence is a span too
    ("球队以哪一项纪录结束了球季？", "球队以全胜纪录结束整个球季。", "全胜", "sentence+gap", "全胜纪录"),
])
def test_the_asked_noun_ends_the_name(question, sentence, span, rule, answer):
    kind = "sentence" if rule.startswith("sentence") else "slot"
    got = _asked_noun_after(candidate_in(sentence, span, kind, rule, score=0.0), analyze(question), pos_tags)
    assert got.text == answer
    assert got.rule == rule + "+noun"


@pytest.mark.parametrize(("question", "sentence", "span"), [
    # a place word ending with a locative says where on the thing, not what it is ("路上")
    ("这座城市位于著名的什么路上？", "这座城市位于著名的丝绸之路上。", "丝绸之"),
    # a verb with its object, going on with 的, is the question's predicate, not the noun asked
    ("这部作品使用什么作为魔法的描绘？", "这部作品使用塔罗牌的符号作为魔法的描绘。", "塔罗牌的符号"),
])
def test_no_noun_asked_is_added(question, sentence, span):
    best = candidate_in(sentence, span, "slot", "slot", score=0.0)
    assert _asked_noun_after(best, analyze(question), pos_tags) is best
