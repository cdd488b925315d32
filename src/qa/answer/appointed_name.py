"""A name of three characters jieba cut after its surname at the head of an appointment clause: "…选出商总领导要职,
施/nr|东方/s|为/p|新任/n|理事长,林荣辉为执行副理事长". A report of an election names each one chosen in a clause of
their own, "X为<post>" (X is made the post: 为, 任, 出任), the name opening the clause; jieba tags the lone surname a
name and reads the given name as a word of its own, often a common one (东方, a direction), so no rule joined them
and the post's holder went unread (the next clause's deputy was taken for the head). A one-character surname
tagged a name opening a clause, one word of two Chinese characters that is no verb, pronoun or function word, then
为/任/出任 and a post ending the clause (新任 or 首任 before it allowed) are one person (names.persons)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import POSTS, PUNCT, SURNAMES, all_han
from .spans import Span

# the verb making the clause's subject the post after it, to the clause's end
_APPOINTED = re.compile(r"(?:为|任|出任)([^,，。;；:：!！?？、]{2,14})(?=[,，。;；!！?？]|$)")
_NOT_GIVEN = ("v", "r", "p", "c", "u", "d", "m", "q", "f", "x")  # tags of words no given name is


def names_appointed(folded: str, words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """The names of three characters opening a clause "X为<post>" (see the module)."""
    out: list[Span] = []
    for k in range(len(words) - 2):
        a, b, w, flag = words[k]
        if flag != "nr" or len(w) != 1 or w not in SURNAMES or (a and folded[a - 1] not in PUNCT):
            continue
        ga, gb, given, gflag = words[k + 1]
        if ga != b or len(given) != 2 or not all_han(given) or gflag[:1] in _NOT_GIVEN:
            continue
        m = _APPOINTED.match(folded, gb)
        if m is not None and m.group(1).endswith(POSTS):
            out.append(Span(a, gb, "person", "pos:nr"))
    return out
