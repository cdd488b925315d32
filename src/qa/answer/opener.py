"""A question that asks who or which country did its deed — opening with its question word ("哪一个人将义和团比喻为
红卫兵", "谁在蒙古的直辖地设置行中书省", "哪一地区距离澎湖180海里…"), or putting it after 是 or 被 before the deed
("…研究方法是谁首创的", "岳飞被哪一个皇帝赐死", "鲑鱼寿司是哪一国家发明的") — asks the deed's subject; a sentence that
opens with a person or a place tells what that one did over its clauses ("唐德刚将…比作四人帮,将刚毅比作林彪,将义和团
比作红卫兵", "1252年蒙哥即位后推行…,在…直辖地设置行中书省", "此外,挪威为了开拓日本的鲑鱼市场,发明了鲑鱼寿司"): the
names inside them (林彪, 诸王, 日本) are what the deeds are done to, not who does them. The opener answers first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .subject import PERSON_WH

_HAN = r"[\u4e00-\u9fff]"
# what may stand before the opening name: a time ("1252年", "394年3月") or a connective, a comma, and a short
# modifier ending in 的 ("公元前408年希腊的|希波丹姆")
_LEAD = re.compile(r"(?:(?:公元前?)?\d{1,4}\s?年(?:\d{1,2}\s?月)?(?:\d{1,2}\s?日)?|其次|此外|之后|后来|同年|当时|最后|"
                   r"然而|但是?|而|其后|随后)?[,，]?\s*(?:" + _HAN + r"{2,4}的)?")
# a which-question naming a polity ("哪一国家", "哪一个城市", "哪一县"): the place asked may be a deed's subject
_POLITY = re.compile(r"国|地区|城市|县|省")
# what follows a name that opens no clause of its own but a modifier or a list ("唐德刚的朋友", "英、德两国")
_NOT_ALONE = ("的", "、", "和", "与", "及", "等")


def opener_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person or place opening the best one's sentence moved first, for a question
    asking the subject of its deed, when the best is a later name of that sentence."""
    kept = list(kept)
    kind = _subject_kind(info)
    if not kind or not kept:
        return kept
    best = kept[0]
    f = best.sentence.folded
    opener = next((c for c in kept if c.type == kind and c.sentence.id == best.sentence.id
                   and _LEAD.fullmatch(f, 0, c.start) and f[c.end:c.end + 1] not in _NOT_ALONE),
                  None)
    if opener is None or opener is best or best.start < opener.end:
        return kept
    if kind == "place" and f[opener.start:opener.end] in info.text:
        return kept  # a place the question names is the topic the sentence tells of, not the one asked
    if not _deed_of_opener(f, opener, info):
        return kept
    return to_front(kept, opener)


def _deed_of_opener(f: str, opener: Candidate, info: QuestionInfo) -> bool:
    """Whether the opener's clauses may tell the deed asked: not when the question's year is printed only in a later
    clause ("1884年,德国开始对东非实行殖民统治,…之后又在1916年…成为比利时殖民地" for 于1916年时被哪一个国家殖民), nor,
    for a passive question ("被哪一个国家殖民"), when the sentence is passive too (its opener is the one done to)."""
    if info.left.strip().endswith("被") and "被" in f[opener.end:]:
        return False
    clause = _CLAUSE_END.search(f, opener.end)
    rest = clause.end() if clause else len(f)
    return not any(year in f[rest:] and year not in f[:rest] for year in _YEAR.findall(info.text))


_YEAR = re.compile(r"\d{3,4}\s?年")
_CLAUSE_END = re.compile(r"[,，;；。]")


def _subject_kind(info: QuestionInfo) -> str:
    """"person" or "place" when the question asks the subject of its deed, else ""."""
    left = info.left.strip()
    if info.qtype == "who" and not left and PERSON_WH.fullmatch(info.wh_word):
        return "person"  # "哪一个人将…", "谁在…设置…"
    right = info.right.strip(" ?？")
    deed = right[len(info.head):] if info.head and right.startswith(info.head) else right
    # "是谁首创的", "被哪一个皇帝赐死", "指的是哪一个国家攻打…": a deed follows; not "是谁的儿子", "是哪一个国家的城市",
    # nor "在哪一个国家的餐馆…" (a setting, not a subject)
    if left and not left.endswith(("是", "被")) or len(deed) < 2 or deed.startswith(("的", "是", "为", "之")):
        return ""
    if left.endswith("是") and not left.endswith("的是") and not deed.endswith("的"):
        return ""  # "X是谁" + more words is no cleft: "X是谁V的" is
    if info.expects[:1] == ("person",) and (left and PERSON_WH.fullmatch(info.wh_word) or info.head in _RULERS):
        return "person"  # (a who-question opening with its question word is read above)
    if info.qtype == "where" and info.expects[:1] == ("place",) and _POLITY.search(info.wh_word + info.head):
        return "place"
    return ""


_RULERS = ("皇帝", "国王", "君主")  # the head of a which-question asking a person ("哪一个皇帝")
