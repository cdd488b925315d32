""""朱伟说梅州是广东唯一全域属什么的地级市" ↔ "梅州是我省唯一全域属原中央苏区的地级市" (梅州日报): a city's or a
province's paper tells its own province as 我省 / 全省 / 本省 and may never print its name. A province the question
names is then not "a place the answer's article never names" (agreement.other_name), when the sentence tells a
province by its level alone and the article prints no province by name: nothing says 我省 is another one."""

from __future__ import annotations

from ..lexicon import PROVINCES
from .own_place import stands_for


def province_unnamed(name: str, sentence: str, article: str) -> bool:
    """Whether the asked province (湖南, 广东省) may be the one a sentence tells as 我省 / 全省 / 本省: the sentence
    does, and its article names no province at all."""
    province = name[:-1] if name.endswith("省") else name
    if province not in PROVINCES or not stands_for(province, sentence):
        return False
    return not any(p in article for p in PROVINCES)
