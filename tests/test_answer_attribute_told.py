"""The value told after the attribute a question asks by name (attribute_told.py)."""

from __future__ import annotations

from qa.answer.attribute_told import told_attributes, told_values
from qa.answer.question import analyze
from qa.normalize import fold


def _values(question: str, sentence: str) -> list[str]:
    info = analyze(fold(question))
    f = fold(sentence)
    return [f[sp.start:sp.end] for sp in told_values(f, told_attributes(info), info.text)]


def test_the_noun_before_a_place_question_word_names_the_attribute():
    assert _values("南斯拉夫社会主义联邦共和国的首都在哪里?", "该国由六个共和国所组成,首都为贝尔格勒。") == ["贝尔格勒"]
    assert _values("洛杉矶快艇球队其主场位在何处?", "快艇队属于太平洋组,主场为史坦波中心。") == ["史坦波中心"]


def test_the_noun_after_the_question_word_names_the_attribute():
    assert _values("元日之间主要的交流是透过哪一个港口?", "元日之间主要是民间的市舶,主要港口是庆元。") == ["庆元"]


def test_a_copula_must_tell_the_value():
    # "首都贝尔格勒" with no copula tells no value; nor does the attribute inside another word's phrase
    assert _values("南斯拉夫的首都在哪里?", "首都贝尔格勒人口众多。") == []


def test_a_long_clause_after_the_copula_is_no_value():
    assert _values("该国的首都在哪里?", "首都是一个在两条河流交汇之处逐渐发展起来的古老城市。") == []


def test_one_of_several_counted_before_the_question_word_asks_a_name_not_a_value():
    # "还有一条是": the thing counted is one of a kind; "一条是…" in a sentence is no attribute's value
    assert told_attributes(analyze(fold("有两条河是恒河的源头,除了阿勒格嫩达河,还有一条是?"))) == ()
    assert "战争" not in told_attributes(analyze(fold("七年战争欧洲大陆上最后一场战争是哪一场?")))


def test_other_questions_ask_no_attribute():
    assert told_attributes(analyze(fold("为什么首都在北京?"))) == ()
