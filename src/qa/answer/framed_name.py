"""A name of three whose last character jieba cut off as a word of its own: "…,张开|琴/n|以1小时19分42秒的成绩夺得
女子组冠军" (jieba knows 张开, a verb and a name, and leaves 琴 a noun), so the winner is no person and the other
name in the sentence answers. A surname and one more character read as a name at a clause's start, one character
after it that is no function word, then what only a person does there — says or states (说, 表示), wins (获得,
夺得), or finishes "以" a time or a score — is a name of three: the frame says it is one person (names.persons)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import SURNAMES, all_han

# what a person does right after the name: speaks, or wins (a prize, a title)
_FRAME_WORDS = frozenset(("说", "表示", "指出", "认为", "介绍", "获得", "夺得", "荣获", "摘得", "勇夺"))
# the tags jieba gives a name's last character read as a word of its own (a noun, an adjective, a bound morpheme)
_TAIL_TAGS = frozenset(("n", "ng", "a", "g", "zg"))
# where a clause starts: the name is its subject
_CLAUSE_START = frozenset("，,、；;。：:！!？?（(“\"「")


def framed_tail(folded: str, words: Sequence[tuple[int, int, str, str]], j: int, a: int, b: int) -> bool:
    """Whether words[j], one character right after the two-character name folded[a:b], is the name's last: the
    name opens its clause and the word after that character is a person's deed (see the module)."""
    if b - a != 2 or folded[a] not in SURNAMES or j + 1 >= len(words) or (a > 0 and folded[a - 1] not in
                                                                          _CLAUSE_START):
        return False
    start, end, word, tag = words[j]
    if start != b or end - start != 1 or tag not in _TAIL_TAGS or not all_han(word):
        return False
    nxt = words[j + 1]
    # ("以1小时19分42秒的成绩": a time or a score after 以 — "以此", "以后" are no result)
    return nxt[2] in _FRAME_WORDS or (nxt[2] == "以" and folded[nxt[1]:nxt[1] + 1].isdigit())
