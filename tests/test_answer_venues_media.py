"""Places the typer reads (xfails22): a venue named by a place word jieba tags s, and a medium after 在."""

from __future__ import annotations

import jieba.posseg as pseg

from qa.answer.typed import places


def _places(text: str) -> list[str]:
    return [text[s.start:s.end] for s in places(text, [(w, f) for w, f in pseg.cut(text)])]


def test_a_city_before_a_venue_names_it():
    assert "台中殡仪馆" in _places("今天罹难的2人在台中殡仪馆办告别式,家属婉拒出席。")


def test_a_medium_after_zai_is_where_it_was_done():
    assert "互联网" in _places("那位警员最后在互联网发片道歉。")
    assert "互联网" not in _places("这件事在互联网的影响很大。")  # the medium's own thing, not where


def test_a_name_before_dadi_is_a_land():
    # jieba takes 牟平 for a person's name; before 大地 it names the land
    assert any(p.startswith("牟平") for p in _places("距今1800多年前,诞生于我们牟平大地,被百姓称为一钱太守。"))
    assert not any("大地" in p for p in _places("春风吹过大地,万物复苏。"))
