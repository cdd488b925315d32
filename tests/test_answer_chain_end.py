"""A chain of administrative levels ends before a level with a conjunction, a particle, or a verb or preposition
before a place word inside (typed._chain_end)."""

from __future__ import annotations

from candidates import dict_tagger

from qa.answer.typed import places


def _places(text: str, tags: dict[str, str]) -> list[str]:
    return [text[sp.start:sp.end] for sp in places(text, dict_tagger(tags)(text))]


def test_a_verb_between_is_no_level():
    tags = {"中共": "j", "临时": "b", "中央": "n", "由": "p", "上海": "ns", "迁入": "v", "苏区": "ns"}
    assert _places("中共临时中央由上海迁入苏区", tags) == ["上海", "苏区"]
    tags = {"广岛": "ns", "市": "n", "继而": "c", "与": "p", "其他": "r", "城市": "ns", "共同": "d"}
    assert _places("广岛市继而与其他城市共同重建", tags)[0] == "广岛市"


def test_levels_still_chain():
    tags = {"长兴县": "ns", "水口乡": "ns", "水口村": "ns"}
    assert _places("长兴县水口乡水口村", tags) == ["长兴县水口乡水口村"]
    tags = {"位于": "v", "柔佛州": "nrt", "峇": "yg", "株": "q", "巴": "j", "辖": "v", "县": "n"}
    assert "柔佛州峇株巴辖县" in _places("位于柔佛州峇株巴辖县", tags)  # 辖/v: a piece of a name jieba cut
    tags = {"在": "p", "都江堰市": "ns", "向": "p", "峨乡": "ns", "灾区": "n"}
    assert "都江堰市向峨乡" in _places("在都江堰市向峨乡灾区", tags)[0]  # 向/p: one character, a piece of the name
