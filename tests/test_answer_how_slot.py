"""How-questions answered by the slot's last clause when the sentence goes on with the question's verb (how_slot.py)."""

from __future__ import annotations

from dataclasses import replace

from candidates import sentence_of

from qa.answer.how_slot import clause_after_question, kind_before_noun, means_before_verb, means_object
from qa.answer.question import analyze
from qa.types import Candidate


def _slot(text: str, slot: str) -> Candidate:
    s = sentence_of(text)
    start = text.index(slot)
    return Candidate(text=slot, sentence=s, start=start, end=start + len(slot), type="slot", score=1.0, rule="slot")


def test_the_slot_before_the_questions_verb_is_the_means():
    got = means_before_verb(_slot("当时,这只能由高昂的嫁妆来弥补,而他的两个姐姐都带给了他麻烦", "由高昂的嫁妆来"),
                            analyze("在当时若要出嫁只能以什么方式弥补?"))
    assert got is not None and got.text == "高昂的嫁妆来" and got.rule.endswith("+means")
    text = "新界乡议局于1926年成立,由新界乡村的代表组成,团结了乡村士绅"
    got = means_before_verb(_slot(text, "1926年成立,由新界乡村的代表"),
                            analyze("新界乡议局是如何组成的?"))
    assert got is not None and got.text.endswith("新界乡村的代表") and "成立" not in got.text


def test_another_verb_a_word_pointing_back_or_a_bare_adverb_keeps_the_sentence():
    assert means_before_verb(_slot("木咀C刚好在场,初次邂逅了S.K.", "刚好在场,初次邂逅"),
                             analyze("木咀C是怎么认识S.K.的?")) is None
    assert means_before_verb(_slot("有第三者介入后,三角关系的恋爱关系就由此产生了", "三角关系的恋爱关系就由此"),
                             analyze("三角恋爱关系是怎么产生的?")) is None
    assert means_before_verb(_slot("次磷酸钡与硫酸反应后过滤,都可得到较纯的次磷酸溶液", "都可"),
                             analyze("如何得到较纯的次磷酸溶液?")) is None


def test_the_slot_before_the_noun_asked_with_zenyangde():
    got = kind_before_noun(_slot("法兰克福是一个民族文化多元化的城市,一半以上的人口有著移民背景", "民族文化多元化"),
                           analyze("法兰克福是一个怎么样的城市?"))
    assert got is not None and got.text == "民族文化多元化" and got.rule.endswith("+kind")


def test_a_means_or_another_noun_keeps_the_sentence():
    assert kind_before_noun(_slot("她们轻松赢得金牌,以3分33秒76的成绩完成", "以3分33秒76"),
                            analyze("拉诺米获得了怎样的成绩?")) is None
    assert kind_before_noun(_slot("法兰克福是一个民族文化多元化的都会", "民族文化多元化"),
                            analyze("法兰克福是一个怎么样的城市?")) is None


def _clause(text: str, clause: str) -> Candidate:
    return replace(_slot(text, clause), type="clause", rule="marker:how")


def test_the_object_of_the_preposition_asked():
    text = "最初主导思想是通过暴力革命实现无产阶级专政的社会主义国家"
    got = means_object(_clause(text, text[7:]),
                       analyze("中国共产党最初实现无产阶级专政的社会主义国家是通过什么样的方法?"))
    assert got is not None and got.text == "暴力革命" and got.rule.endswith("+object")
    got = means_object(_slot("特别是在电视剧常常以浪漫喜剧的方式一起呈现", "以浪漫喜剧的方式一起"),
                       analyze("近年来电视剧常常以什么方式呈现三角关系?"))
    assert got is not None and got.text == "浪漫喜剧"


def test_a_question_not_asking_with_the_preposition_keeps_the_span():
    text = "它通过干扰蛋白质合成过程中的易位步骤而阻碍转译过程"
    assert means_object(_clause(text, text[1:]),
                        analyze("放线菌酮是怎样阻碍转译过程的?")) is None


def test_a_short_slot_after_the_questions_words_that_ends_its_clause():
    got = clause_after_question(_slot("民意调查中,高达87.3%的民众认为应该维持现状:尽快宣布独立:6.4%", "维持现状"),
                                analyze("大多数的台湾人认为应该如何处理两岸关系?"))
    assert got is not None and got.text == "维持现状" and got.rule.endswith("+told")


def test_a_noun_described_a_clause_going_on_or_another_anchor_keeps_the_sentence():
    text = "有田中井手之战是武田元繁与毛利元就的战争,也是毛利元就的初阵"
    assert clause_after_question(_slot(text, "武田元繁与毛利元就的战争"),
                                 analyze("有田中井手之战是怎样一场战争?")) is None
    assert clause_after_question(_slot("民众认为应该维持现状和平发展", "维持现状"),
                                 analyze("大多数的台湾人认为应该如何处理两岸关系?")) is None
    assert clause_after_question(_slot("民众觉得维持现状:尽快宣布独立", "维持现状"),
                                 analyze("大多数的台湾人认为应该如何处理两岸关系?")) is None


def test_a_verb_of_one_character_that_ends_the_question():
    text = "刘七与齐彦名弃马登舟,最后刘七中箭落水死,齐彦名中枪身亡"
    got = means_before_verb(_slot(text, "刘七与齐彦名弃马登舟,最后刘七中箭落水"), analyze("刘七是怎么死的?"))
    assert got is not None and got.text == "最后刘七中箭落水"
    text = "胡太后当国之后比她尚有过之而无不及,因此高英之死反而得到了时人的同情"
    assert means_before_verb(_slot(text, text[text.index("因此"):text.index("死")]), analyze("高英是怎么死的?")) is None


def test_a_slot_ending_in_the_verbs_negation_answers_that_it_cannot_be_done():
    # DRCD 6033-7-1: no means is told; the sentence says the number cannot be known
    text = "由于死刑人数在中国是国家绝密,确切的数字无以得知,国际人权组织大赦国际认为超过其他所有国家行刑的总和"
    got = means_before_verb(_slot(text, "由于死刑人数在中国是国家绝密,确切的数字无以"),
                            analyze("如何得知中國的死刑人數?"))
    assert got is not None and got.text == "无以得知" and got.rule.endswith("+means")
