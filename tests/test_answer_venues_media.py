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
