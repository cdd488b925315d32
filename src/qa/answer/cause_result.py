"""A why-question answered by a whole sentence whose later clause, opened by a result word (所以, 因此, 因而, 于是,
从而, 故, 遂), restates the question's effect: the clauses before that clause are its cause. "境内主要河流多源于南部
内陆高原地区,|故上游河水湍急,…" answers "为什么苏里南的主要河流在上游的部分水流很急" with the first clause; "风能是与
风速的三次方成所正比,所以风机高度愈高,发电量愈多,|因此现今有许多风机的高度都超过100 m" with all before 因此. A result
word says that its clause follows from what was told before it, so when that clause is the effect asked, the words
before it are the cause, whatever words they use (cause_first.py reads an unmarked first clause only; cause.py a cause
marker). The result word may stand after a subject the question prints ("成吉思汗|遂|决心发动第一次西征"). Of several
such clauses the last restating one; the cause runs from the sentence's start (a chain of 从而 links is one cause:
CMRC's golds keep it whole), a leading 而/但 aside. Not for a sentence opening with a cause marker or a result word
("由于A,所以B": the pair is told whole), nor an answer already cut, nor when under two characters are left. DRCD 3
better / 0 worse, CMRC 0 / 0 (pq.py; 6 CMRC answers shortened, its golds keep the effect clause: F1 0.6547 → 0.6542)."""

from __future__ import annotations

import re

from ..lexicon import RESULT_WORDS
from ..types import Candidate
from .cause import asks_why, echoes
from .question import QuestionInfo
from .spans import clauses, trim
from .told import is_whole

# a result word opening its clause (故 and 遂 only there: 故事, 事故, 遂 a verb of wish)
_OPENING = re.compile(r"\s?(?:" + "|".join(RESULT_WORDS + ("故", "遂")) + ")")
# a result word after a short subject in its clause ("成吉思汗遂决心…"); not 故, which ends words (事故, 缘故)
_INNER = re.compile("|".join(RESULT_WORDS + ("遂",)))
_SUBJECT = 8  # characters of a subject before an inner result word, at most
# a connective opening the sentence: it ties the sentence to the one before, no part of the cause
_LEAD = re.compile(r"\s?(?:而|但|且|并|也)?\s?")
# a sentence opening with a cause marker or a result word ("由于A,所以B", "所以A,因而B"): a cause and effect the
# marker pairs, read by cause_main.py and cause.py or left whole (CMRC's golds of the 4 such keep the sentence)
_MARKED = re.compile(r"\s?(?:而|但|且)?\s?(?:由于|因为|因(?![此而素为果子])|" + "|".join(RESULT_WORDS) + ")")


def _result_at(f: str, start: int, end: int, question: str) -> int | None:
    """Where the clause [start, end) goes on after its result word, when it has one and the question prints the
    subject before it; else None."""
    m = _OPENING.match(f, start, end)
    if m is None:
        inner = _INNER.search(f, start, min(end, start + _SUBJECT + 2))
        subject = f[start:inner.start()].strip() if inner else ""
        if inner is None or not subject or any(c not in question for c in subject):
            return None
        return inner.end()
    return m.end()


def cause_result(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The clauses before the last clause that a result word opens and that restates the why-question, or None."""
    if not asks_why(info) or not is_whole(best):
        return None
    f = best.sentence.folded
    if _MARKED.match(f):
        return None
    parts = clauses(f)
    restating = None
    for k in range(1, len(parts)):
        a, b = parts[k]
        at = _result_at(f, a, b, info.text)
        if at is not None and echoes(f[at:b], info.text):
            restating = k
    if restating is None:
        return None
    lead = _LEAD.match(f)  # (it matches the empty string at least)
    start, end = trim(f, lead.end() if lead else 0, parts[restating - 1][1])
    if end - start < 2:
        return None
    return best.narrowed(start, end, "result")
