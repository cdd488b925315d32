"""A name the tagger does not read, printed between its holder's organisation and the post ("中国驻葡萄牙大使馆赵本堂
大使", "领侨处夏晚晴主任"): a person, from where the organisation ends to where the post starts.

Overseas Chinese papers print a diplomat or an office's head as organisation, name, post. jieba reads an unknown
name there as its surname alone and a common word (赵/nr|本堂/n, 夏/tg|晚晴/n), so no nr word marks it, and
names.py's readings look for names after a post, not before one. The frame is what makes it a name: an
organisation's ending right before it (馆, 处, 局, 会 …), its first character a surname jieba cut off alone, the
rest nouns or single characters and no one word of jieba's the whole of it ("…处高级主任": 高级 is a word), and a
post right after it that a name may end before ("大使在…", "主任、").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import ORG_SUFFIXES, POSTS, SURNAMES, all_han
from .spans import Span

_OWNER_ENDS = (*ORG_SUFFIXES, "馆")  # a consulate or an embassy (领事馆, 大使馆) owns its head's post
_LENGTHS = (3, 2)  # the name's characters: a surname and one or two more


def names_after_owners(f: str, words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span],
                       post_at: Callable[[int], int], ends: Callable[[int], bool]) -> list[Span]:
    """The names of `f` printed after an organisation's ending and right before a post, that no person span
    covers. `words`: the sentence's (start, end, word, tag); `post_at(i)`: where a post printed at `i` ends, or
    -1; `ends(j)`: a name may end before words[j]."""
    out: list[Span] = []
    starts = {a: j for j, (a, _b, _w, _t) in enumerate(words)}
    for a, _b, w, _t in words:
        if len(w) != 1 or w not in SURNAMES:
            continue  # the surname, cut off alone
        for n in _LENGTHS:
            end = a + n
            name = f[a:end]
            if len(name) < n or not all_han(name) or end not in starts or name.endswith(POSTS):
                continue
            post_end = post_at(end)
            if post_end < 0 or post_end not in starts or not ends(starts[post_end]):
                continue
            if not f[:a].endswith(_OWNER_ENDS) or f[:a].endswith(POSTS):
                continue  # no organisation before it ("部长讲话"), or a post's own ending (处长, 会长)
            if any(sp.type == "person" and sp.start < end and a < sp.end for sp in spans):
                break  # a name is read there already
            inside = [(ww, t) for s, _e, ww, t in words if a < s < end]
            if all(t[:1] == "n" or len(ww) == 1 for ww, t in inside) \
                    and not any(s == a and e == end for s, e, _w, _t in words):
                out.append(Span(a, end, "person", "pos:nr"))
                break
    return out
