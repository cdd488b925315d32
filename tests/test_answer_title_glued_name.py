"""A name of three characters whose last character jieba glued to 先生 after it (title_glued_name.py via
names.persons): "由|郑观/ns|陆先生/nr|担任首任领事" is 郑观陆, not 陆先生."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_the_name_before_xiansheng():
    sentence = "于是徵得国民党同意,在斐济设立领事馆,由郑观陆先生担任首任领事。"
    assert ("陆先生", "nr") in pos_tags(sentence)  # jieba's dictionary word
    assert _people(sentence) == ["郑观陆"]


def test_a_word_of_the_dictionary_before_it_is_no_name():
    # 张家 is a word: "张家陆先生" is not read as 张家陆 (the rule wants a pair the dictionary does not hold)
    assert "张家陆" not in _people("他来到张家陆先生家中。")
