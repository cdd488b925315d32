"""A Japanese name of four jieba cut after its first character ("德/ns|川家康/nr"): the character and the name of
three whose first character makes a word of the dictionary with it (德川) are one person (names.persons); a kin word
so made is not a family name. Sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_japanese_family_name_cut_after_its_first_character_is_kept_whole():
    sentence = "石田三成在城中面见德川家康请求仲裁。"
    assert ("德", "ns") in pos_tags(sentence)  # what the rule is about: jieba's cut of the name here
    assert ("川家康", "nr") in pos_tags(sentence)
    assert "德川家康" in _people(sentence)


def test_a_kin_word_before_a_name_is_no_family_name():
    sentence = "他与长子岳云和部将张宪一同被害。"
    assert "长子岳云" not in _people(sentence)


def test_a_dynasty_before_a_ruler_cut_after_its_first_character_is_kept_whole():
    sentence = "东晋元帝在江乘县设置南琅琊郡。"
    assert ("晋元帝", "nr") in pos_tags(sentence)
    assert "东晋元帝" in _people(sentence)
