"""A text's length in characters (`1500字`) is one number span with its unit: a call for essays asks "字数以多少为
宜", and `1500` without its 字 is no answer (黑河日报's notice, pages62)."""

from qa.answer.typed import numbers


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in numbers(text)]


def test_a_count_of_characters_keeps_its_unit():
    assert "1500字" in _spans("征文稿件体裁不限,字数以1500字左右为宜(要求电子版)。")
    assert "800字" in _spans("每篇稿件不超过800字")
