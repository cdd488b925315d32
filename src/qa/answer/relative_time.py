"""The time of the one the question names, told in a relative clause before that name: "经文处处长洪慧珠是什么时候
到任的" ↔ "…,去年九月到任的处长洪慧珠,今年一月到任的波士顿侨教中心主任黄正杰,…". A time that opens a relative
clause ("T + 到任的 + post + name") dates the one that clause's 的 leads to; each clause names its own person, so
the time whose clause ends with the question's subject (处长洪慧珠) answers, not the one nearer the question's words
after its question word (the slot "洪慧珠|,今年一月|到任的" runs across the clause's end)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import CLAUSE_END
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_SHORTEST = 3  # the question's subject printed by this many characters at least ("处长洪慧珠"; not "处长")
_PREDICATE = 6  # the longest relative clause read between the time and its 的 ("到任")


def _clause_after(s: str, c: Candidate) -> str:
    """The words after the time to its clause's end."""
    end = c.end
    while end < len(s) and s[end] not in CLAUSE_END:
        end += 1
    return s[c.end:end]


def _subject_run(left: str, right: str, clause: str) -> int:
    """The length of the question's words before its question word that close the clause after a 的 whose
    relative clause is the question's predicate ("到任|的|处长洪慧珠" for "…洪慧珠是什么时候到任的"), 0 when the
    clause is not so built."""
    at = clause.find("的")
    predicate, head = clause[:at], clause[at + 1:]
    if at < 1 or at > _PREDICATE or predicate not in right or "的" in head:
        return 0
    # the longest run of the question's subject the clause ends with
    return max((n for n in range(len(head), 0, -1) if head[-n:] in left), default=0)


def relative_time_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with, for a when-question, the time of the best one's sentence that opens a relative
    clause telling the question's predicate, whose 的 leads to the question's subject closing the clause (three
    characters or more of the words before the question word), moved first, when the best time's clause does not
    end with as much of it."""
    kept = list(kept)
    if info.qtype != "when" or not kept or kept[0].type != "time":
        return kept
    best = kept[0]
    s, left, right = best.sentence.folded, info.left.strip(), info.right.strip()
    have = _subject_run(left, right, _clause_after(s, best))
    times = [c for c in kept[1:] if c.type == "time" and c.sentence.id == best.sentence.id]
    runs = [(_subject_run(left, right, _clause_after(s, c)), c) for c in times]
    top = max(runs, key=lambda r: r[0], default=(0, best))
    if top[0] < _SHORTEST or top[0] <= have:
        return kept
    return to_front(kept, top[1])
