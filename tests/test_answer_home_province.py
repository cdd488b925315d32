"""Where a person comes from, read by jieba as one word with 人 ("河南人"): the province is a place (typed.places)."""

from __future__ import annotations

from qa.answer.typed import places


def _places(pos):
    text = "".join(w for w, _ in pos)
    return [text[sp.start:sp.end] for sp in places(text, pos)]


def test_a_province_read_as_one_word_with_ren_is_a_place():
    assert _places([("高昱", "nr"), ("刚好", "d"), ("是", "v"), ("河南人", "n"), (",", "x")]) == ["河南"]


def test_a_word_ending_in_ren_that_names_no_province_gives_no_place():
    assert _places([("他", "r"), ("是", "v"), ("年轻人", "n")]) == []
    assert _places([("他", "r"), ("是", "v"), ("南方人", "n")]) == []
