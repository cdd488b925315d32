""""除了州务大臣莫哈末沙努西外": the 外 closing 除了…外 closes the name too — jieba's "沙努|西外" takes the name's last
character; the name is whole, its parts joined."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons
from qa.normalize import fold


def _names(text: str) -> set[str]:
    f = fold(text)
    return {f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"}


def test_the_besides_frame_closes_a_transliterated_name():
    assert "莫哈末沙努西" in _names("该名确诊者最后一场活动,除了州务大臣莫哈末沙努西外,尚有数名州行政议员出席。")

