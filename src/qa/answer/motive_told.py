"""A why-question about what someone did ("足利高氏为何倒戈天皇", "小毛奇为什么决定…调派…兵力到东线") answered by a
whole sentence in which that someone, the question's subject, is followed by a verb of feeling or belief: the verb and
what it governs answer — "…,足利高氏早已|不满北条氏专制政权|,途中倒戈天皇",
"…,然而德国总参谋长小毛奇却|害怕德军在东线…没有足够兵力应付俄国". A person's fear, discontent, wish or belief is the
motive of what the person does, so the attitude the sentence gives its subject explains the deed asked, with no cause
marker. Only the question's subject (its last two to four characters) right before the verb, an adverb or two between
(早已, 却, 一直); the verb's words to its clause's end, 2 to 30 characters. Read after the cause rules, on an answer
still the whole sentence, and on the sentence before a result sentence that cause_told_before.py moves to ("…小毛奇却
害怕…。故此,他决定…"). DRCD 2 better / 0 worse, CMRC identical (pq.py)."""

from __future__ import annotations

import re

from ..types import Candidate
from .cause import asks_why
from .question import QuestionInfo
from .told import is_whole

_BETWEEN = 6  # characters between the subject and the verb at most (早已, 却, 一直)
_CLAUSE = r"[^,，;；:：。!！?？]"
# verbs of feeling or belief whose experiencer acts on them
_FEELING = ("害怕", "担心", "担忧", "不满", "忧虑", "畏惧", "恐惧", "惧怕", "希望", "想要", "企图", "厌恶", "痛恨",
            "憎恨", "不愿", "认为", "相信", "深信", "觉得", "误以为")
_VERB = re.compile(f"{_CLAUSE}{{0,{_BETWEEN}}}?({'|'.join(_FEELING)}){_CLAUSE}{{2,30}}")


def motive_told(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The verb of feeling or belief the question's subject governs in the best answer's sentence, with its words to
    the clause's end, or None."""
    if not asks_why(info) or info.wh is None or not is_whole(best):
        return None
    subject = re.split(r"[,，;；:：]", info.text[:info.wh[0]])[-1].strip()
    if len(subject) < 2:
        return None
    f, head = best.sentence.folded, subject[-4:]
    at = f.find(head)
    while at >= 0:  # (the subject may be printed more than once: "派足利高氏前去平乱,足利高氏早已不满…")
        m = _VERB.match(f, at + len(head))
        if m is not None:
            return best.narrowed(m.start(1), m.end(), "motive")
        at = f.find(head, at + len(head))
    return None
