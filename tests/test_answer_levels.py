"""The level a which-level question asks out of a chain of levels (levels.py): "属于通州区哪个镇" ↔
"北京市通州区梨园镇魏家坟村" → 梨园镇."""

from __future__ import annotations

import pytest

from qa.answer.levels import levels_in
from qa.answer.spans import Span


def _levels(text: str, unit: str, kind: str = "place") -> list[str]:
    spans = [Span(0, len(text), kind, "place")]  # type: ignore[arg-type]
    return [text[sp.start:sp.end] for sp in levels_in(text, spans, unit)]


@pytest.mark.parametrize(("chain", "unit", "levels"), [
    ("北京市通州区梨园镇魏家坟村", "镇", ["梨园镇"]),
    ("北京市通州区梨园镇魏家坟村", "区", ["通州区"]),  # not "通州" + "区…": 州 inside a name is no level
    ("长兴县水口乡水口村", "乡", ["水口乡"]),
    ("杭州市萧山区", "县", []),  # no level of that kind
    ("梨园镇", "镇", []),  # one level alone is already a candidate of its own
    ("梨园镇政府大楼", "镇", []),  # not a chain of levels from end to end
])
def test_the_level_asked_out_of_a_chain(chain, unit, levels):
    assert _levels(chain, unit) == levels


def test_only_places_are_read():
    assert _levels("北京市通州区梨园镇魏家坟村", "镇", kind="org") == []


def test_a_community_is_asked_as_the_level_社区_not_区():
    # 中卫发布: "徐淑敏是哪个社区的居民" ↔ "沙坡头区滨河镇新墩花园社区居民徐淑敏": 哪个社区 wants 新墩花园社区; read as
    # 区 it also offered 沙坡头区, the district over it, which won
    from qa.answer.question import analyze
    assert analyze("徐淑敏是哪个社区的居民？").unit == "社区"
    assert analyze("新墩花园社区在沙坡头区的哪个镇？").unit == "镇"
    assert _levels("沙坡头区滨河镇新墩花园社区", "社区") == ["新墩花园社区"]
