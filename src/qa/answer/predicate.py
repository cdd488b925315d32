"""A whole sentence given for a span question: the clause that holds the question's predicate, and what follows it.

The words right next to the question word say what is asked about its subject ("以什么|作为分类的基准点", "实验室有
|哪几座", "以|追求什么|为主要目的"). A sentence that first introduces the subject and then tells it in a later clause
with those words — "凤岭校区拥有…学生公寓,设有…功能教室,|有4间高水平实验室,包括…" — answers with that clause and
the rest of the sentence, not with the introduction: the clauses before it must echo the question (they are about
its subject), and the clause must not go on with 也/还/并/又 from the one before ("他不但代表著力量,|也象征了…": the
two predicates are one answer). Measured per question on CMRC 2018 trial (3 better, 2 worse) and DRCD test (7
better, none worse), after told.py. A definition naming the kind asked after its question word ("成熟的刺角瓜是什么
|味道" ↔ "成熟的水果有…果肉,|味道类似…") is cut too (CMRC 2 better, none worse; DRCD no change); "X是什么?" is not."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger
from .spans import char_bigrams, clauses, echoed, offsets, trim
from .told import cut_whole

_LIGHT = frozenset("的了着过是在有为呢吗啊")  # one-character words beside the question word that name nothing asked
_PUNCT = frozenset("?？,，、 ")
# a clause going on with a second predicate of the clause before it
_GOES_ON = re.compile(r"\s?(?:也|还|并|又|而且|同时|亦|更)")
_TOPIC = 2  # echoed characters the clauses before it need, to be about the question's subject


def _beside_wh(info: QuestionInfo, pos: Tagger) -> list[str]:
    """The question's words right before and right after its question word (light words skipped), of two or more
    characters."""
    if info.wh is None:
        return []
    words = [(a, b, w) for a, b, w, _t in offsets(pos(info.text))]
    out = []
    for side in (reversed([x for x in words if x[1] <= info.wh[0]]), [x for x in words if x[0] >= info.wh[1]]):
        for _a, _b, w in side:
            if w in _LIGHT or not w.strip() or w in _PUNCT:
                continue
            if len(w) >= 2:
                out.append(w)
            break
    return out


def predicate_clause(folded: str, info: QuestionInfo, pos: Tagger) -> tuple[int, int] | None:
    """[start, end) from the first clause holding the words beside the question word to the sentence's end, when
    it is not the sentence's first clause and the clauses before it echo the question; None otherwise."""
    beside = _beside_wh(info, pos)
    parts = clauses(folded)
    if not beside or len(parts) < 2:
        return None
    asked = set().union(*(char_bigrams(w) for w in beside))
    k = next((i for i, (a, b) in enumerate(parts) if char_bigrams(folded[a:b]) & asked), 0)
    if k == 0:
        return None
    a = parts[k][0]
    if sum(echoed(folded, info.text)[:a]) < _TOPIC or _GOES_ON.match(folded, a):
        return None
    start, end = trim(folded, a, len(folded))
    return (start, end) if end - start >= 2 else None


def from_predicate(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The best answer cut to the clause telling the question's predicate, when it is a whole sentence given for a
    question that asks for a span (not why, how, nor what something is, unless it names the kind: 是什么味道);
    None otherwise."""
    if info.qtype in ("why", "how") or (info.qtype == "definition" and not info.right.strip("?？ ")):
        return None
    return cut_whole(best, lambda f: predicate_clause(f, info, pos), "predicate")
