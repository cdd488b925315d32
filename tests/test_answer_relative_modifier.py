"""A what-answer naming the thing asked after a relative clause loses the clause (relative_modifier.py): sentences
written for these tests, after DRCD's."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags
from stories import engine_of

from qa.answer.question import analyze
from qa.answer.relative_modifier import past_relative_clause


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    # an adjective before 的: the thing asked is the noun after it
    ("镍币后来被哪个物质所取代？", "镍币后来被较便宜的铁所取代。", "较便宜的铁", "铁"),
    # a verb and its object before 的
    ("这家工厂以前生产什么产品？", "这家工厂以前生产有120年历史的传统白热电灯泡。", "有120年历史的传统白热电灯泡",
     "传统白热电灯泡"),
    # a locative phrase before 的
    ("心肌细胞收缩前要吸收什么物质？", "心肌细胞收缩前要吸收细胞外的钙离子。", "细胞外的钙离子", "钙离子"),
])
def test_the_relative_clause_before_the_thing_is_left_out(question, sentence, span, answer):
    got = past_relative_clause(candidate_in(sentence, span, "slot", "slot", score=0.0), analyze(question), pos_tags)
    assert got is not None and got.text == answer
    assert got.rule == "slot+relative"


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # an owner before 的, no clause: the name is the whole ("兄弟国的盟约")
    ("两国签订了哪一份盟约？", "两国议和后签订了兄弟国的盟约。", "兄弟国的盟约", "slot"),
    # the question words its kind asked as a modifier in turn: the head after 的 is the question's own noun
    ("这所学校是培养什么样人才的学校？", "这所学校是培养武器设计制造人才的秘密技校。", "武器设计制造人才的秘密技校",
     "slot"),
    # a question word in a phrase of means: a clause answers it
    ("他以什么成绩获得了冠军？", "他以打破三项世界纪录的姿态获得了冠军。", "打破三项世界纪录的姿态", "slot"),
    # two phrases joined: the first ends in the noun asked, the last 的 is the second's
    ("声明说他表现出什么样的立场？", "声明说他表现出坚定的爱国爱港立场和驾驭复杂局势的能力。",
     "坚定的爱国爱港立场和驾驭复杂局势的能力", "slot"),
    # a predication: the thing is its subject, before the copula
    ("政府迁台后，哪一法规成了凌驾宪法的存在？", "政府迁台后，临时条款成为超越宪法的实质法律基础。",
     "临时条款成为超越宪法的实质法律基础", "slot"),
    # a title is one name
    ("他发表了哪一部作品？", "他发表了《消失的地平线》。", "《消失的地平线》", "head"),
    # a list's items are read by their own rules
    ("他生产什么产品？", "他生产有名的茶叶、丝绸。", "有名的茶叶、丝绸", "slot+list"),
])
def test_the_answer_is_kept_otherwise(question, sentence, span, rule):
    best = candidate_in(sentence, span, "slot", rule, score=0.0)
    assert past_relative_clause(best, analyze(question), pos_tags) is None


def test_the_composer_answers_the_thing_without_its_clause():
    engine = engine_of([("硬币的材料", ["镍在现今已大致上被较便宜的铁所取代来制作硬币。"])])
    answer = engine.ask("镍在现今已大致上被哪个物质所取代来制作硬币？")
    assert answer.text == "铁"
    assert answer.rule.endswith("+relative")
