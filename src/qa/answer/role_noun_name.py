"""A name of three characters jieba cut across words right after a noun for a person's role that ends in 人:
"主持人|周天/t|慧/nr|表示", "创办人|何/r|荣幸/nr|有感于". News prints a role noun before its holder's name as it
prints a post (主持人周天慧, 创办人何荣幸, 召集人…), but these nouns are no posts, so the rules reading a name after a
post leave them alone and the name goes unread (周天 a day, 荣幸 an honour). Right after such a noun (three
characters or more ending in 人, jieba's noun), a surname opening the next word and the words up to three
characters, one of them tagged a name, then a verb: those three characters are the role's holder (names.persons).
Not a common word (the dictionary's frequency), nor a run that ends inside a word."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import PERSON_TAGS, SURNAMES, all_han
from .spans import Freq, Span

_NAME = 3  # characters: a surname and a given name of two, the cut jieba makes of them
_COMMON = 80  # a dictionary word this frequent is an ordinary word, no name (names.COMMON_WORD)


def names_after_role_nouns(folded: str, words: Sequence[tuple[int, int, str, str]], freq: Freq) -> list[Span]:
    """The names of three characters right after a role noun ending in 人 (see the module)."""
    out: list[Span] = []
    for k in range(len(words) - 2):
        _a, b, w, flag = words[k]
        if len(w) < 3 or not w.endswith("人") or flag[:1] not in ("n", "l") or folded[b:b + 1] not in SURNAMES:
            continue
        end, j, named = b, k + 1, False
        while j < len(words) and end - b < _NAME and words[j][0] == end:
            end, named, j = words[j][1], named or words[j][3] in PERSON_TAGS, j + 1
        if end - b != _NAME or not named or j >= len(words) or words[j][3][:1] not in ("v", "l") \
                or not all_han(folded[b:end]) or freq(folded[b:end]) >= _COMMON:
            continue
        out.append(Span(b, end, "person", "pos:nr"))
    return out
