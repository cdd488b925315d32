"""A place's bare kind jieba tagged a word of its own, the noun that names it right before it ("流入|鞑靼/n|海峡/ns",
DRCD 6509-1): the place is the name and its kind, not the kind alone (feature_named)."""

from __future__ import annotations

from candidates import pos_tags, sentence_of

from qa.answer.typed import places


def _places(text: str) -> list[str]:
    folded = sentence_of(text).folded
    return [folded[sp.start:sp.end] for sp in places(folded, pos_tags(folded))]


def test_a_strait_named_by_a_noun_before_it():
    found = _places("經過中國黑龍江省北界與俄羅斯遠東聯邦管區南界，之後以東北向穿越伯力邊疆區，最終流入韃靼海峽。")
    assert "鞑靼海峡" in found
    assert "海峡" not in found


def test_a_count_of_islands_names_none():
    found = _places("英屬維京群島主要由托土拉島、維京戈達島、阿內加達島和約斯特范大克島四大島所組成外")
    assert "四大岛" not in found
