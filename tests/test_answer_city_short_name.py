"""A city's or county's short name jieba tags another noun ("海口" s, "基隆" nz) is a place when jieba's main
dictionary knows it with 市 or 县 after it (agreement._city_named), so "海口接待游客多少万人次" names a place the
answer's article must name (other_name declines 三亚's total for it)."""

from __future__ import annotations

from qa.answer.agreement import Surroundings, names_in
from qa.config import load_config
from qa.tokenize import Tokenizer, main_word_tag


def _places(text: str) -> list[str]:
    tok = Tokenizer(load_config())
    return [name for kind, name, _ in names_in(text, Surroundings(tag=tok.pos, freq=tok.freq)) if kind == "place"]


def test_a_city_tagged_a_locative_is_a_place():
    assert main_word_tag("海口") == "s"  # what the rule is about: jieba's tag
    assert "海口" in _places("2021年元旦假日海口接待游客，")


def test_a_locative_that_names_no_city_is_no_place():
    assert "门口" not in _places("学校门口的车流量，")
