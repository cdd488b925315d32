"""A post jieba cuts across two words of the question (安徽省|长是|谁) is searched whole as well."""

from __future__ import annotations

from functools import cache

from qa.config import load_config
from qa.tokenize import Tokenizer


@cache
def _tokenizer() -> Tokenizer:
    return Tokenizer(load_config())


def test_post_split_by_a_glued_word_is_searched_whole() -> None:
    assert "省长" in _tokenizer().search_tokens("安徽省长是谁？")


def test_post_whose_tail_stands_alone_is_searched_whole() -> None:
    assert "省长" in _tokenizer().search_tokens("河北省长许勤说了什么？")


def test_tail_in_a_dictionary_word_is_no_post() -> None:
    assert "市长" not in _tokenizer().search_tokens("这个城市长期以来靠什么发展？")


def test_post_cut_whole_is_not_repeated() -> None:
    assert _tokenizer().search_tokens("东台市市长是谁？").count("市长") == 1


def test_composer_words_unchanged() -> None:
    assert "省长" not in _tokenizer().query_tokens("安徽省长是谁？")
