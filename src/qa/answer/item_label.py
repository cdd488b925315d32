"""A figure or a time asked of one item of a bulleted list, answered from another item.

"白鹿仓民俗文化旅游项目预计什么时候开业?" ↛ "●西安华夏文化旅游综合体项目:总投资28亿元,…预计明年3月开业。": news print
a list of projects (companies, events) one bullet each, the item's name before a colon and its facts after it. The
question names a thing of the label's kind (项目, the label's last word it prints) by other words than the label's
(白鹿仓民俗文化旅游 ↔ 西安华夏文化旅游综合体): the answer is the other item's (`decline:subject`, so a candidate
from another sentence may still answer).

The same item named short is kept: the question's words before the kind printed inside the label ("华夏文化旅游综合
体项目"), or the label's inside the question. The item goes on past its first sentence: a sentence whose paragraph
opened with a label (in the text before it) is read as that item's ("…。二期项目包括…,预计明年6月开业"). Only a
label after a bullet is read: a sentence opening "X:" without one may be a speaker's words or a field ("时间:").
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# a bullet, the item's name, its colon: "●西安华夏文化旅游综合体项目:" (opening the sentence, or in the text before)
_BULLETS = "●■▲◆★◇□○•◎▶►"
_LABEL = re.compile(r"\s*[" + _BULLETS + r"]\s*([^:,。;!?()]{3,30}?)\s*:")
_BULLETED = re.compile(r"[" + _BULLETS + r"]\s*([^:,。;!?()" + _BULLETS + r"]{3,30}?)\s*:")
# the question's words before the kind, back to its last particle or punctuation ("…开工的|重点|项目")
_MODIFIER = re.compile(r"[^的,。;:!?()\s]{2,}$")
_POINTERS = ("这", "该", "此", "那", "本", "其")
_HEAD = 2  # characters of the kind shared at least (项目, 公司, 活动)


def item_label(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the answer's sentence is a bulleted item, or goes on with one in its paragraph,
    whose label names another thing of the kind the question names; "" otherwise."""
    m = _LABEL.match(best.sentence.folded)
    if m is not None and best.start < m.end():
        return ""
    if m is None:  # the item's next sentence ("●…项目:总投资28亿元,…。二期项目包括…,预计明年6月开业")
        m = next(reversed(list(_BULLETED.finditer(around.near))), None)
        if m is None:
            return ""
    label, q = m.group(1), info.text
    if label in q:
        return ""
    k = next((k for k in range(len(label) - 1, _HEAD - 1, -1) if label[-k:] in q), 0)
    if not k:
        return ""  # the question names no thing of the label's kind
    head, own = label[-k:], label[:-k]
    mod = _MODIFIER.search(q[: q.find(head)])
    if mod is None or len(own) < 2 or own in q or mod.group() in label or mod.group().startswith(_POINTERS):
        return ""  # (a pointer, "这个项目", names the item the text before told)
    return "decline:subject"
