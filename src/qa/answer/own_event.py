"""The time of the event asked among several times of one sentence: "並於何時於南京舉行就職典禮" ↔ "同年3月29日於南京
報到召開…國民大會,4月在南京選舉出…,5月20日在南京總統府舉行就職典禮" — each time dates the words printed after it, up
to the next time, so the answer is the time whose words hold the question's words after its question word (the event
asked), not the first time of the sentence ("1860年美國總統選舉後,…,1861年2月9日,它們組織建立了…美利堅聯盟國" for
"在何時成立美利堅聯盟國")."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import CJK, CLAUSE_END, FUNCTION_CHARS
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import char_bigrams

_MIN_ASKED = 3  # the question's event must be told by this many bigrams of content characters (not "成立" alone)
_MIN_SHARE = 0.5  # the share of them the chosen time's words must hold


_LIST_GAP = 2  # a time printed this close after another lists or bounds it ("1971年7月9日、10月", "日治时期的1896年")
_BEFORE_TIME = tuple("于於为是在")  # a clause ending in one of these tells the event of the time after it


def _told(s: str, c: Candidate, times: Sequence[Candidate]) -> str:
    """The words a time dates: from its end to the next time's start (not one listed right after it) or the
    sentence's end; a last clause that leads into the next time ending its clause is that time's ("创立于1848年,|招收
    第一班学生则为|1849年2月。", not "…,|国际货币基金组织宣布纳入人民币…于|10月1日|正式生效")."""
    nxt = min((t for t in times if t.start > c.end + _LIST_GAP), key=lambda t: t.start, default=None)
    if nxt is None:
        return s[c.end:]
    told = s[c.end:nxt.start]
    if told.endswith(_BEFORE_TIME) and (nxt.end == len(s) or s[nxt.end] in CLAUSE_END):
        told = told[:max((told.rfind(p) for p in CLAUSE_END), default=-1) + 1]
    return told


def event_time_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with, for a when-question, the time of the best one's sentence whose words hold most of
    the question's event (its text after the question word) moved first, when they hold at least half of it and
    more than the best time's words do."""
    kept = list(kept)
    if info.qtype != "when" or not kept or kept[0].type != "time":
        return kept
    asked = {b for b in char_bigrams(info.right) if all(CJK.match(ch) and ch not in FUNCTION_CHARS for ch in b)}
    if len(asked) < _MIN_ASKED:
        return kept
    best = kept[0]
    s = best.sentence.folded
    times = [c for c in kept if c.type == "time" and c.sentence.id == best.sentence.id]
    # (not a time of another grain than asked: "哪一年" ↛ "10月")
    fit = [c for c in times if c is best or not dict(c.features).get("grain_miss")]

    def share(c: Candidate) -> float:
        return len(asked & char_bigrams(_told(s, c, times))) / len(asked)

    have = share(best)
    top = max(fit, key=share)  # (the first of equals: kept is best first)
    if top is best or share(top) < _MIN_SHARE or share(top) <= have:
        return kept
    return to_front(kept, top)
