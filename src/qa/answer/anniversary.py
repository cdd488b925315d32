"""An anniversary asked of one founding, told of another.

"中缅建交多少周年" answered from "今年为中泰建交五十周年", "今年是中华医院成立的第几周年" from "中华人民共和国
成立70周年", "明年是日本与东盟建立友好合作关系多少周年" from a chamber's "成立150周年": papers count many
anniversaries, and the question's other words (今年, 建交, 周年) fit any of them. Whose founding it is — the words
right before the verb (建交, 成立, 创刊…) — must be printed in the answer's sentence or the text just before it.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings, names_held
from .question import QuestionInfo

# the founding an anniversary counts from, and the words of whose it is before it ("中华医院|成立",
# "日本与东盟|建立友好合作关系")
_FOUNDED = re.compile(r"([^\W\d_]{2,12}?)的?(?:建交|成立|建立|创刊|创办|创建|建校|建院|建党|建国|建市|诞辰|开业|"
                      r"开馆|通车|解放)")
# what opens the clause before the owner: the year, the copula, the celebration ("今年是", "庆祝")
_OPENERS = re.compile(r".*(?:今年|明年|去年|是|为|庆祝|纪念|迎来)")
_PARTNERS = re.compile(r"[与和同及跟]")


def owners_asked(info: QuestionInfo) -> list[str]:
    """The names whose founding the question counts an anniversary from ([] when it asks no 周年)."""
    if info.qtype != "number" or "周年" not in info.text or not info.wh:
        return []
    found = list(_FOUNDED.finditer(info.text, 0, info.wh[0]))
    if not found:
        return []
    m = found[-1]  # the founding nearest the question word
    owner = _OPENERS.sub("", m.group(1))
    parts = _PARTNERS.split(owner)  # two partners, each a name: not the 和 of "中华人民共和国"
    return parts if all(len(p) >= 2 for p in parts) else [owner] if len(owner) >= 2 else []


def other_founding(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when whose founding the question counts from is not printed in the answer's sentence
    nor just before it (names_held: a short form counts)."""
    owners = owners_asked(info)
    told = best.sentence.folded + " " + around.near
    return "decline:subject" if owners and not all(_held(o, told) for o in owners) else ""


def _held(owner: str, told: str) -> bool:
    """The owner, or its end of three characters or more, printed: the words read before the verb may hold the
    clause's own ("座谈会召开时正逢|光明日报社", "王福重祝贺|日经中文网"), the name ends them."""
    return any(names_held(owner[i:], told) for i in range(max(1, len(owner) - 2)))
