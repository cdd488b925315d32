"""A gap answer that is another item of the list the question names: decline it.

"狹葉櫟和竹是哪一種植披的主要植物?" ↔ "…的植被是亞熱帶常綠闊葉林，主要植物有山茶、狹葉櫟、竹等": the question lists
items (狹葉櫟, 竹) and asks what they belong to; the gap rule (gap.py) takes the list's item the question does not
echo (山茶), a sibling of the items named, never the thing they belong to. A question asking the item its list
leaves out ("…和哪一個", "另一個是", "除了…還有") is answered by that item (rest_items), and stays.

Measured against main 7347c486: DRCD 1 gap answer declined, wrong (F1 0), none right lost; CMRC 2018 trial
identical. Without the question's own list, 5 wrong and 2 right were declined ("奧斯陸和|阿克爾自治市" answers
"併入奧斯陸的城市")."""

from __future__ import annotations

from ..types import Candidate
from .list_items import EDGE, JOINT, items_beside
from .question import QuestionInfo
from .short import REST_QUESTION

_JOINTS = JOINT.split("|")
_EDGE = "等|" + EDGE  # an item also ends at 等 ("竹|等")


def sibling_of_named(best: Candidate, info: QuestionInfo) -> bool:
    """The gap answer stands in a list beside an item the question itself lists."""
    if "+gap" not in best.rule or "+list" in best.rule or REST_QUESTION.search(info.text):
        return False
    q = info.text
    return any(item and any(item + j in q or j + item in q for j in _JOINTS)
               for item in items_beside(best.sentence.folded, best.start, best.end, edge=_EDGE))
