"""A three-character name jieba cut after a post ends before a phrase it keeps whole as a noun when a verb of its
dictionary leads it: "市长李|莉|珺|主持会议/n" (扬中市人民政府's page, pages64; names.names_after_posts,
names._verb_led)."""

from __future__ import annotations

from qa.answer.names import names_after_posts
from qa.config import load_config
from qa.tokenize import Tokenizer


def test_a_name_before_a_verb_led_noun_is_read():
    text = "市委书记贾晟出席会议并讲话,市长李莉珺主持会议,市委常委、常务副市长陈顺志通报扬中经济社会发展情况。"
    pos = Tokenizer(load_config()).pos(text)
    assert ("主持会议", "n") in pos  # what the rule is about: jieba keeps the phrase whole, a noun
    assert "李莉珺" in [text[sp.start:sp.end] for sp in names_after_posts(text, pos, [])]


def test_a_two_character_word_after_a_post_is_not_read_as_a_name_for_it():
    text = "会长王强主持会议。"
    pos = Tokenizer(load_config()).pos(text)
    assert "王强主" not in [text[sp.start:sp.end] for sp in names_after_posts(text, pos, [])]
