"""A name jieba cut after its surname where the sentence says who did the deed: "会议由陈|华文|主持。" (jieba tags 陈
a name and 华文, the Chinese script, a term), so the chair is no person and the meeting's chair goes unread. After
由 (the agent of what follows) a lone surname tagged a name, then one word of one or two characters that is no
verb, then a verb of two characters or more, is one name of two or three characters: 由 introduces the doer and
the verb closes him (names.persons)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import SURNAMES, all_han

# the tags jieba gives a given name it cut off as a word of its own (a noun, a term, a time, an adjective…)
_GIVEN_TAGS = frozenset(("n", "nz", "ng", "t", "a", "ns", "nr", "j", "g", "zg", "b"))


def agent_tail(folded: str, words: Sequence[tuple[int, int, str, str]], j: int, a: int, b: int) -> int:
    """The end of the name opening at folded[a:b], a lone surname after 由, when words[j] (right after it) is its
    given name and a verb follows (see the module); `b` unchanged otherwise."""
    if b - a != 1 or folded[a] not in SURNAMES or folded[a - 1:a] != "由" or j + 1 >= len(words):
        return b
    start, end, word, tag = words[j]
    nxt = words[j + 1]
    if start != b or not 1 <= end - start <= 2 or tag not in _GIVEN_TAGS or not all_han(word):
        return b
    return end if nxt[0] == end and nxt[3][:1] == "v" and nxt[1] - nxt[0] >= 2 else b
