"""A house in a village, with the lane between the village and the house number (typed.addresses)."""

from __future__ import annotations

import jieba.posseg

from qa.answer.spans import offsets
from qa.answer.typed import addresses


def _places(text: str) -> list[str]:
    words = offsets([(w.word, w.flag) for w in jieba.posseg.cut(text)])
    return [text[sp.start:sp.end] for sp in addresses(text, words)]


def test_a_village_house_is_an_address():
    assert "秀林乡秀林村民治116号" in _places("民众报案指称,秀林乡秀林村民治116号房子冒烟失火")


def test_a_count_after_a_village_is_no_address():
    assert _places("秀林村共有116户村民") == []
