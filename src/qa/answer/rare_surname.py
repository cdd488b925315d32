"""A name whose surname is too rare for the surname list, right after a post: "昭通市委书记|夜礼斌/nr|," (夜 is a
surname, but no list of common ones holds it), so the holder of the post asked is no person and the question is
declined as a near miss of another row's 市委副书记. A post is followed by its holder's name, and jieba's tagger
read the word as a name of its own (its unknown-word model, not the dictionary): one such word of three Chinese
characters the dictionary does not hold, right after a post, is a name whatever its first character (names.persons;
a place or a body led by a surname, 辛庄村 or 马新社, keeps its own ending and is left out there)."""

from __future__ import annotations

from ..lexicon import POSTS, all_han
from .spans import Freq

_LENGTH = 3  # a one-character surname and a given name of two: the form a tagger's guess is safest on


def rare_surname_name(folded: str, a: int, word: str, freq: Freq) -> bool:
    """Whether `word`, one word jieba tagged a name at folded[a:], is a name after a post (see the module)."""
    return len(word) == _LENGTH and all_han(word) and freq(word) == 0 and folded.endswith(POSTS, 0, a)
