"""A whole sentence given for a question naming one of two items and asking the other ("除了對衛星接收實施等級管理
制度，還有一項是?"), where the sentence prints its items as clauses of their own: the clause beside the one the
question names, in the same frame, is the item left.

"…進入,|對境外落地的信號實施地面頻道干擾|,對衛星接收實施等級管理制度": the question prints the second clause nearly
whole; the first is built like it (對…實施…: a pair of characters the two share that the question's other words do not
hold) and adds what the question does not say. `short.rest_items` reads items inside one clause (joined by 、 or 和),
`comma_list.py` word-long clauses; a clause-long item is read here."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo
from .short import REST_QUESTION
from .spans import char_bigrams, clauses, content_offsets, echoed, trim
from .told import is_whole

_NAMED = 0.8  # share of the named clause's characters the question prints
_LEAST_NAMED = 5  # characters of the named clause at least: a shorter one is a word, comma_list.py's
_OTHER = 0.5  # share of the other clause's characters the question may print at most
_LEAST_OTHER = 4


def rest_clause(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the clause left beside the one the question names, or None."""
    if info.wh is None or not REST_QUESTION.search(info.text):
        return None
    marks = echoed(folded, info.text)
    parts = [trim(folded, a, b) for a, b in clauses(folded)]
    for k, (a, b) in enumerate(parts):
        chars = content_offsets(folded, a, b)
        if len(chars) < _LEAST_NAMED or sum(marks[i] for i in chars) < _NAMED * len(chars):
            continue
        frame = char_bigrams(folded[a:b])
        for j in (k - 1, k + 1):
            if not 0 <= j < len(parts):
                continue
            x, y = parts[j]
            other = content_offsets(folded, x, y)
            if len(other) < _LEAST_OTHER or sum(marks[i] for i in other) > _OTHER * len(other):
                continue
            # built like the named clause: a pair of characters both print (實施), or the same opening (對)
            shared = char_bigrams(folded[x:y]) & frame
            if shared or folded[x] == folded[a]:
                return x, y
    return None


def other_clause(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer cut to the clause-long item the question leaves out, when it is a whole sentence; None
    otherwise."""
    if info.qtype in ("why", "how") or not is_whole(best):
        return None
    got = rest_clause(best.sentence.folded, info)
    return None if got is None else best.narrowed(got[0], got[1], "rest-clause")
