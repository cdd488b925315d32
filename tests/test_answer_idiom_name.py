"""A name of three characters jieba's dictionary holds as an idiom, printed right after a post: a person
("副县长|陈璧君/i|具备", names._whole_name_after_post)."""

from __future__ import annotations

from qa.answer.names import names_after_posts
from qa.config import load_config
from qa.tokenize import Tokenizer


def test_a_three_character_idiom_after_a_post_is_a_name():
    text = "副县长陈璧君具备企业管理与经济专业背景,曾任本府文化观光处处长。"
    pos = Tokenizer(load_config()).pos(text)
    assert ("陈璧君", "i") in pos  # what the rule is about: jieba's tag of the name here
    assert "陈璧君" in [text[sp.start:sp.end] for sp in names_after_posts(text, pos, [])]


def test_a_four_character_idiom_after_a_post_is_not():
    text = "秘书长一马当先,带头捐款。"
    pos = Tokenizer(load_config()).pos(text)
    assert [text[sp.start:sp.end] for sp in names_after_posts(text, pos, [])] == []
