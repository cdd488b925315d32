"""A name jieba cut after a post ends before a word it tags a pronoun: 任 after a name is tagged r (as in 任何),
"会长邱|文峰|任/r|常务副主任" (names.names_after_posts, names._AFTER_NAME)."""

from __future__ import annotations

from qa.answer.names import names_after_posts
from qa.config import load_config
from qa.tokenize import Tokenizer


def test_a_name_before_ren_tagged_a_pronoun_is_read():
    text = "巴拿马中华总会会长刘汶辉任筹备主任,巴拿马华人工商总会会长邱文峰任常务副主任。"
    pos = Tokenizer(load_config()).pos(text)
    assert ("任", "r") in pos  # what the rule is about: jieba's tag of 任 here
    assert "邱文峰" in [text[sp.start:sp.end] for sp in names_after_posts(text, pos, [])]
