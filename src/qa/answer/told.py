"""A whole sentence given for a span question: the clause beside the one that restates the question is the answer.

A sentence often restates the question in one clause and tells the answer in the clause next to it: "塔身高23.5米象征
着什么?" ↔ "塔身为直立火箭形,|高23.5米,|暗示北回归线的纬度值,…" (the answer follows the restating clause), "稻的
雄蕊上的花藥會在什麼情況下破裂?" ↔ "稻在自體授粉時,|雄蕊上的花藥會破裂,…" (the question's words after its question
word are echoed, so the answer stands before them). The restating clause must be made of the question's own words (at
most three characters it does not hold), the clause beside it must add what the question does not say.

A restating clause that only sets the scene — a date, "…后", "…时", "在…的地方", "…者" — is kept with the answer
(CMRC's answers keep "1992年4月,任…"; _past_echo in shape.py drops pure repeats already), and a definition
("什么是X") is told by the whole clause before "称为X", not by its last part. Measured per question on CMRC 2018 trial
(5 better, 2 worse) and DRCD test (10 better, 2 worse); anything looser cut CMRC answers whose gold is the whole
sentence. A restating clause may differ from the question by three characters (its verb and an aspect particle:
"推出" asked, "出台了" printed), a list's by two (its first items may stand in it: "设4个3杆洞,|4个5杆洞…"): DRCD 2
better, CMRC identical."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..types import Candidate
from .question import QuestionInfo
from .spans import char_bigrams, clauses, content_offsets, echoed, trim

_ANCHOR = 4  # echoed characters the restating clause needs at least
_NEW_AFTER = 3  # characters of the restating clause the question does not hold, when the answer follows it
# a list's restating clause may already hold the first items ("设4个3杆洞,|4个5杆洞…"): it may add fewer
_NEW_AFTER_LIST = 2
_NEW_BEFORE = 4  # and when the answer stands before it (the question's verb after its question word is echoed)
_ECHO_BESIDE = 0.34  # the answering clause may echo at most this share of its characters
# a clause that sets the scene (time, condition, place, "…者") rather than restating what is asked
_FRAME = re.compile(r"(?:\d+[年月日]|世纪|年代|[后时中前间来下内]|时候|期间|以来|之后|之前|以后|者|地方|方面)$")
_DATE = re.compile(r"^[\d\s年月日至到及和、()（）公元民国初末上中下旬]+$")


def told_clause(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the clause beside the one restating the question (to the sentence's end when it follows it),
    or None when no clause restates it or the clause beside it does not add to it."""
    parts = clauses(folded)
    if len(parts) < 2 or info.wh is None:
        return None
    echo = echoed(folded, info.text)
    counts = [sum(echo[a:b]) for a, b in parts]
    k = max(range(len(parts)), key=lambda i: counts[i])
    a, b = parts[k]
    if counts[k] < _ANCHOR:
        return None
    unechoed = sum(1 for i in content_offsets(folded, a, b) if not echo[i])
    after = info.text[info.wh[1]:].rstrip("?？ ")
    # "在什么情况下|破裂" ↔ "…,|花药会破裂": the answer first
    before = bool(char_bigrams(after) & char_bigrams(folded[a:b]))
    restated = folded[a:b].strip()
    if before and (unechoed > _NEW_BEFORE or info.qtype == "definition"):
        return None
    new_after = _NEW_AFTER_LIST if info.qtype == "list" else _NEW_AFTER
    if not before and (unechoed > new_after or _FRAME.search(restated) or _DATE.match(restated)):
        return None
    j = k - 1 if before else k + 1
    if not 0 <= j < len(parts):
        return None
    x, y = parts[j]
    chars = content_offsets(folded, x, y)
    if len(chars) < 2 or sum(echo[i] for i in chars) > _ECHO_BESIDE * len(chars):
        return None
    start, end = trim(folded, x, y if before else len(folded))
    return (start, end) if end - start >= 2 else None


def is_whole(best: Candidate) -> bool:
    """The candidate spans its whole sentence (light words and punctuation at the edges aside)."""
    f = best.sentence.folded
    start, end = trim(f, 0, len(f))
    return best.start <= start and best.end >= end


def cut_whole(best: Candidate, cut: Callable[[str], tuple[int, int] | None], rule: str) -> Candidate | None:
    """A whole-sentence answer narrowed to the span `cut` finds in its folded sentence, marked `rule`; None when the
    answer is not the whole sentence or `cut` finds nothing (told_beside, named_as.described, from_predicate)."""
    got = cut(best.sentence.folded) if is_whole(best) else None
    return best.narrowed(*got, rule) if got else None


def told_beside(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer cut to the clause beside the question's restatement, when it is a whole sentence given for
    a question that asks for a span (not why, not how); None otherwise."""
    return None if info.qtype in ("why", "how") else cut_whole(best, lambda f: told_clause(f, info), "told")
