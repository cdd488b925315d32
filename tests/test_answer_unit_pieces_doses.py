"""片 and 剂 are measure words that stay with their number: "捐2萬片口罩" answers 2万片, "約150萬劑瑞德西韋" 150万剂."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.typed import extract
from qa.normalize import fold


def _numbers(text: str) -> set[str]:
    f = fold(text)
    return {f[sp.start:sp.end] for sp in extract(f, pos_tags(f)) if sp.type == "number"}


def test_pieces_stay_with_their_number():
    assert "2万片" in _numbers("《急難救助協會》捐2萬片口罩,文教中心一萬。")


def test_doses_stay_with_their_number():
    assert any(n.endswith("150万剂") for n in _numbers("該公司已捐贈約150萬劑瑞德西韋,相當於10萬到20萬次療程。"))
