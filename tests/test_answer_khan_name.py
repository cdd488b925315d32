"""A khan's name jieba does not know, read as a place ("合不勒汗/ns"): a ruler, a person (names.persons); a known
word ending in 汗 is not. Sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_khan_read_as_a_place_is_a_person():
    sentence = "乘金军大举南下之机,合不勒汗建立了早期的蒙古国家。"
    assert ("合不勒汗", "ns") in pos_tags(sentence)  # what the rule is about: jieba's tag of the name here
    assert "合不勒汗" in _people(sentence)


def test_a_word_of_the_dictionary_ending_in_khan_is_not():
    sentence = "他跑得满头大汗,便回家了。"
    assert ("满头大汗", "ns") in pos_tags(sentence)  # jieba's dictionary tags the idiom a place
    assert _people(sentence) == []
