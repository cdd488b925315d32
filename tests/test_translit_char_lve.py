"""略 is a transliteration character (伽利略, 马略卡): a frequent foreign name jieba tags nr that holds it is a person,
as lexicon.TRANSLIT_CHARS's note promises."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons
from qa.lexicon import TRANSLIT_CHARS
from qa.normalize import fold


def _people(text: str) -> set[str]:
    f = fold(text)
    return {f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"}


def test_galileo_is_a_person() -> None:
    assert "略" in TRANSLIT_CHARS
    assert "伽利略" in _people("在1610年,伽利略使用他的望远镜研究天空中明亮的带状物。")
