"""The head of a city or county asked by its name (东台市市长) is searched with 我市/本市 as well: the place's own
paper prints the holder as its own city's (我市市委副书记、市长商建明)."""

from __future__ import annotations

from functools import cache

from qa.config import load_config
from qa.tokenize import Tokenizer


@cache
def _tokenizer() -> Tokenizer:
    return Tokenizer(load_config())


def test_city_head_asked_by_name_searches_our_city() -> None:
    tokens = _tokenizer().search_tokens("东台市市长是谁？")
    assert "我市" in tokens and "本市" in tokens


def test_county_head_asked_by_name_searches_our_county() -> None:
    assert "我县" in _tokenizer().search_tokens("竹山县县长是谁？")


def test_province_head_cut_across_words() -> None:
    assert "我省" in _tokenizer().search_tokens("安徽省长是谁？")


def test_place_without_its_head_asked() -> None:
    assert "我市" not in _tokenizer().search_tokens("东台市人大常委会党组书记是谁？")


def test_no_place_name() -> None:
    assert "我市" not in _tokenizer().search_tokens("这个大城市长期以来靠什么发展？")
