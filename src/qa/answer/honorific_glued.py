"""A Malaysian name printed after its post and an honorific, jieba gluing the post's last character, the honorific
and the surname into one word: "署理总会|长拿督黄/nz|小娟/n|," (署理总会长拿督黄小娟, 诗华日报). No word ends where the
post does, none starts where the name does, so neither the post nor the person was read and another row's holder
answered. The word's first character completes a post, the honorific (拿督, 丹斯里…: HONORIFIC_TITLES) follows, its
last character is a surname, and the given name is a noun of two characters the dictionary does not hold (a name
jieba made up) or one or two single characters, where a name may end after it. The honorific stays out of the name
and out of the post (people.titled reads it between them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import HONORIFIC_TITLES, POSTS, SURNAMES, all_han


def honorific_glued_name(f: str, words: Sequence[tuple[int, int, str, str]], i: int,
                         given: Callable[[int], bool], ends: Callable[[int], bool]) -> tuple[int, int] | None:
    """(start, end) of the name inside words[i] and after it, or None. `given(j)`: words[j] is a made-up given
    name of two characters; `ends(j)`: a name may end before words[j]."""
    a, b, w, _flag = words[i]
    honorific = next((h for h in HONORIFIC_TITLES if w.startswith(h, 1)), "")
    if not honorific or len(w) != 2 + len(honorific) or w[-1] not in SURNAMES or not f.endswith(POSTS, 0, a + 1):
        return None
    j = i + 1
    if j < len(words) and given(j) and ends(j + 1):
        return b - 1, words[j][1]  # "长拿督黄|小娟"
    end, j = single_characters(words, j, b - 1, b, ends)  # "长拿督黄|小|娟"
    return (b - 1, end) if end - (b - 1) >= 2 and ends(j) else None


def single_characters(words: Sequence[tuple[int, int, str, str]], j: int, start: int, end: int,
                      stop: Callable[[int], bool]) -> tuple[int, int]:
    """(end, next word) after the one-character Han words from words[j] on that a given name jieba cut apart may
    take, while the name from `start` is under three characters and `stop(j)` is false."""
    while j < len(words) and len(words[j][2]) == 1 and all_han(words[j][2]) and end - start < 3 and not stop(j):
        end, j = words[j][1], j + 1
    return end, j
