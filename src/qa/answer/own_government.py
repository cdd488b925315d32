"""The body a question asks its subject to act on, answered by the subject's own government.

"1941年2月1日,中华民国设置哪一机构负责…印制" ↛ "中华民国政府" (of "中华民国政府在重庆设置…印制机构－中央印制厂"),
"广东省政府设置了哪一个机构来管理全省一切政务事宜" ↛ "广东省政府委员会", "云南省于废道后在普洱设置了哪一个机构…" ↛
"云南省政府": the question word stands right after the verb (设置|哪一机构), so the body asked is the one the verb
acts on, while the question's subject, printed before the verb, is the one that acts. An organisation named by the
subject's opening characters and a word of government after them (政府, 当局) is that subject told again — the
state or province that set the body up — not the body set up (`decline:subject`).

Only a verb of two characters right before the question word (a 了 after it aside) counts: "由哪一个单位", "是哪一间
公司", "行政中心的哪一个部门" ask no object of a verb. Measured per question on CMRC 2018 trial and DRCD test (see
the commit)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the verb right before the question word ("设置|哪一机构", "设置了|哪一个机构"): two Chinese characters
_VERB = re.compile(r"([\u4e00-\u9fff]{2})了?\s*$")
# characters no verb of the kind is made of: a copula, a preposition, a particle, a conjunction ("是由", "的", "和")
_NOT_VERB = frozenset("是由为為的在于与和及从向被把对给将之其")
_CLAUSE = re.compile(r"[,，;；:：。!！?？]")
# the words a government is named by after its state's or province's name
_GOVERNMENT = ("政府", "省政府", "市政府", "县政府", "当局", "朝廷")


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def own_government(info: QuestionInfo, best: Candidate) -> str:
    """"decline:subject" when the question asks the object of its verb and the organisation given is the
    question's subject's government; "" otherwise."""
    if best.type != "org" or not info.wh:
        return ""
    m = _VERB.search(info.left)
    if m is None or any(c in _NOT_VERB for c in m.group(1)):
        return ""
    subject = _CLAUSE.split(info.left[:m.start()])[-1].strip()
    text = best.sentence.folded[best.start:best.end].strip()
    shared = _common_prefix(text, subject)
    # (the shared opening ends inside the subject's name, or with it: "广东省|政府委员会" for "广东省政府")
    if shared < 2 or not re.match(r"[\u4e00-\u9fff]{2}", subject):
        return ""
    rest = text[shared:]
    told = subject[:shared]
    for word in _GOVERNMENT:
        # the government after the shared name ("中华民国|政府"), or the subject's own government word shared
        # ("广东省政府|委员会": the subject names its government, the answer its council)
        if rest.startswith(word) or (told.endswith(word) and len(told) > len(word) + 1):
            return "decline:subject"
    return ""
