""""芗城区教子桥龙舟争霸赛有几支参赛队伍" ↔ "…芗城区教子桥龙舟争霸赛。" / "划着漳州本地传统龙船,…7支参赛队伍": a report
names the place it is of once (its lead, the sentence before) and goes on naming the city or province that place
lies in as the setting ("漳州本地", "上海辽宁商会" for 辽阳市's delegation). A place of a higher level than the one
asked (a province for a city, a city for a district or county), in a sentence the asked place was named just before,
is where the asked one lies, not a rival whose figure is given (agreement.other_name's district rule). Without a
gazetteer the level is read from the names' endings: a rival with no level of its own (琼海, 华峰) is no higher one."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import PROVINCES

# the levels, highest first; a bare 州 is a city (漳州), 自治州 a prefecture
_RANKS = (("省", "自治区"), ("市", "州", "盟"), ("区", "县", "旗"), ("乡", "镇", "街道"), ("村", "社区"))
# how far back the text before the sentence is read: its own paragraph's lead or the paragraph before
_BEFORE = 300


def _rank(name: str) -> int:
    if name in PROVINCES:
        return 0
    return next((i for i, ends in enumerate(_RANKS) if name.endswith(ends)), -1)


def above_asked(name: str, rivals: Sequence[str], article: str, sentence: str) -> bool:
    """Whether every rival place is of a higher level than the asked `name`, which the article prints in the text
    just before the sentence (the sentence itself not found: False)."""
    at = article.find(sentence)
    asked = _rank(name)
    if at < 0 or asked <= 0 or name not in article[max(0, at - _BEFORE):at]:
        return False
    return all(0 <= _rank(r) < asked for r in rivals)
