"""A deed asked before a post that opens with 代表, on whose behalf the holder acted ("代表佳木斯市委、市政府向省委…
报告…的市委书记", "代表师大一中致新年祝词的校长"): jieba tags 代表 a noun (a deputy), so people.clause_of, which reads
a deed only where its first word is a verb, a preposition or an adverb, took the words before 的 for the post's
owner and the whole question for the post asked (decline:post). 代表 followed by the body or group it speaks for
and then a verb or a preposition (向, 致, 签署) is the verb "on behalf of": the clause tells a deed. Not 代表 alone
before 的 ("人大代表的…", "代表团的团长": a deputy or a delegation owns the post)."""

from __future__ import annotations

from collections.abc import Sequence

_BEHALF = "代表"
_OBJECT_WORDS = 6  # the body spoken for: a place and its bodies ("佳木斯|市委|、|市政府")


def represents(words: Sequence[tuple[str, str]]) -> bool:
    """Does the deed open with 代表, its object, then a verb or a preposition?"""
    if len(words) < 3 or words[0][0] != _BEHALF:
        return False
    return any(flag[:1] in ("v", "p") for _w, flag in words[2:2 + _OBJECT_WORDS])
