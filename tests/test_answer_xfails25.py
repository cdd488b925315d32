"""Rules found on the xfail cases of pages34-36: names in Latin letters after a person noun, after 的 before the
deed, after a post and a space; a bare number's unit when the question ends on the noun it counts."""

from __future__ import annotations

import jieba.posseg as pseg

from qa.answer.names import latin_names, persons
from qa.normalize import fold


def _persons(text: str) -> list[str]:
    f = fold(text)
    pos = [(w.word, w.flag) for w in pseg.cut(f)]
    return [f[sp.start:sp.end] for sp in persons(f, pos)]


def test_a_latin_name_after_a_noun_ending_in_shi_or_after_de_before_a_verb_is_a_person():
    assert "george he" in _persons("因迷路而不幸去世的华裔护士George He的葬礼在殡仪馆举行")
    assert "allison dobbie" in _persons("仪式由图书馆的Allison Dobbie负责司仪")
    # after 的 but before no verb: a product, a title
    assert not any("star wars" in p for p in _persons("他最喜欢的Star Wars电影"))


def test_a_latin_name_after_a_post_and_a_space_is_a_person():
    f = fold("分会主席 Kai Luey致简短欢迎词")
    assert [f[sp.start:sp.end] for sp in latin_names(f)] == ["kai luey"]
    f = fold("他们来到 Star Wars展览")
    assert latin_names(f) == []
