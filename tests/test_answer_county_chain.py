"""A county's name and 郡 after a state or province read with it as one place (typed.places): "德克萨斯州石墙郡"."""

from __future__ import annotations

from candidates import dict_tagger

from qa.answer.typed import places


def _places(text: str, tags: dict[str, str]) -> list[str]:
    return [text[sp.start:sp.end] for sp in places(text, dict_tagger(tags)(text))]


def test_a_county_after_its_state_is_one_place():
    # DRCD 5606-4-1 (folded): "出生于佩德纳莱斯河,德克萨斯州石墙郡的小农庄"
    tags = {"德克萨斯州": "ns", "石墙": "n", "郡": "n", "的": "uj", "小": "a", "农庄": "n"}
    assert "德克萨斯州石墙郡" in _places("德克萨斯州石墙郡的小农庄", tags)


def test_a_title_or_a_particle_ends_no_county():
    tags = {"冀州": "ns", "的": "uj", "一个": "m", "郡": "n"}
    assert "冀州的一个郡" not in _places("冀州的一个郡", tags)
    tags = {"青州": "ns", "郡王": "n"}
    assert "青州郡" not in _places("青州郡王", tags)
