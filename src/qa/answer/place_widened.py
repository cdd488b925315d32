"""A where-answer's place widened over the nouns after it stays a place only when the widened words end like one:
"韓國|網速", "中山|粵菜", "布倫瑞克|造型藝術" name a thing of the place, not where (DRCD's golds are the place alone);
a place widened over a name ("英格兰西北|兰开夏郡渡假小镇莫克姆", "香港|九龙"), or over words ending in a level, a
feature, a venue, a road, a site or a building's part ("北京|海淀区", "卡霍基亞土墩|遺址", "碧海蓝天|基座") is kept
whole."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import ORG_SUFFIXES, PLACE_SUFFIXES, VENUE_SUFFIXES
from .question import QuestionInfo
from .spans import offsets
from .typed import ROAD_ENDS

# the endings a widened place may have: a level, a feature, a venue, a road or a house number, a body or an
# institution ("聊城|监狱"), a site, a building's part, a bearing ("海南日报社|对面": the venue after it follows)
_PLACE_WORDS = (*PLACE_SUFFIXES, *VENUE_SUFFIXES, *ROAD_ENDS, *ORG_SUFFIXES, "国", "大陆", "城", "号", "地区",
                "监狱", "厂", "所", "院", "馆", "场", "园", "站", "店", "遗址", "基座", "楼", "层", "境内", "一带",
                "附近", "周边", "对面", "门口", "侧", "边", "旁", "口", "道", "洲", "岸", "滩", "峡", "谷")
# the verbs of playing for a team: the club asked is named by its place and any noun ("陕西长安|竞技")
_PLAYS_FOR = ("效力", "加盟", "转会")
# the tag of a common noun: what a place is widened over when it names a thing of the place
_COMMON = ("n",)


def widened_end(info: QuestionInfo, kind: str, words: Sequence[tuple[str, str]], start: int, end: int,
                widened: int) -> int:
    """The end of the widened answer: `widened`, or the typed place's own `end` when a where-question's place was
    widened up to a common noun of two characters or more that does not end like a place (not when the question asks
the team someone plays for)."""
    if info.qtype != "where" or kind != "place" or widened <= end or any(v in info.text for v in _PLAYS_FOR):
        return widened
    last = next(((w, flag) for a, b, w, flag in offsets(words) if b == widened), None)
    if last is None or last[1] not in _COMMON or len(last[0]) < 2:
        return widened
    text = "".join(w for w, _ in words)
    return widened if text[start:widened].endswith(_PLACE_WORDS) else end
