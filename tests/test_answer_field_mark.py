"""A jump or a throw written with its centimetres after the unit (typed.numbers): 2米20, 17米98 — one figure, as
a race time 8秒01 is; not a distance followed by another count."""

from __future__ import annotations

from qa.answer.typed import numbers


def _texts(folded: str) -> list[str]:
    return [folded[s.start:s.end] for s in numbers(folded)]


def test_a_height_with_its_centimetres_is_one_figure():
    assert "2米20" in _texts("北京名将王宇发挥一般,只跳出2米20的成绩,最终位列第二。")
    assert "17米98" in _texts("江苏选手高阳以17米98夺冠。")
    assert "1米93" in _texts("起先,身高1米93,体重不到63千克")


def test_a_distance_before_another_count_is_not_joined():
    texts = _texts("男子400米10名选手进入决赛")
    assert "400米" in texts and not any(t.startswith("400米1") for t in texts)
    assert "0.01米" in _texts("以0.01米之差获得亚军")
