"""A name of four whose last character jieba read as an adverb before a comma ("熊谷元/nr|直/d|,"): an adverb never
ends a clause, so the character is the name's (names.persons); a function word so placed (也) is not.
Sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_name_s_last_character_read_as_an_adverb_before_a_comma_is_the_name_s():
    sentence = "首先击杀了武田家的先锋熊谷元直,武田元繁闻讯大怒。"
    assert ("直", "d") in pos_tags(sentence)  # what the rule is about: jieba's cut of the name here
    assert "熊谷元直" in _people(sentence)


def test_a_function_word_before_a_comma_is_not_the_name_s():
    sentence = "队长王小明也,一同出发。"
    assert "王小明也" not in _people(sentence)
