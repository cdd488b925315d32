"""A name the tagger does not read, printed in a row of posts and their holders ("…会长叶周永、巴西河南同乡总会会长
石冠军、监事长王永宏", "州委副书记、州委宣传部部长扎西草,副州长、合作市委书记刘永革"): a person, from where the post
ends to the row's mark.

jieba reads such a name as words: a common noun (石冠军's 冠军, "champion", its surname glued to the post's last
character: 会|长石|冠军), or a place and a noun (a Tibetan name: 扎西/ns|草), so no nr word marks it and names.py's
readings, which want single characters or a proper noun after the post, read nothing. The row frames it: a post
right before it, and the row's next item after the mark is led by a post as well ("、监事长王永宏", ",副州长、…"). Only
nouns make up the name, no one word of jieba's is all of it ("部长讲话,副部长…" names no one), and it is no
post itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import POSTS, all_han
from .spans import Span

_ROW_MARKS = "、,，"  # what separates the items of a row of posts and names
_ITEM_BREAKS = frozenset("、,，;；。:：!！?？()（）“”《》 ")  # where an item of the row starts or ends
_LENGTHS = (3, 2, 4)  # the name's characters, most names first (石冠军; 扎西 is two, 扎西草 three)
_POST_LEAD = 12  # most characters of the post that leads the row's next item ("合作市委书记")


def _next_item_led_by_post(f: str, mark: int, spans: Sequence[Span]) -> bool:
    """The row's item after the mark at `mark` is a post, alone ("副州长、") or before its holder ("监事长王永宏")."""
    end = mark + 1
    while end < len(f) and f[end] not in _ITEM_BREAKS and end - mark <= _POST_LEAD + 4:
        end += 1
    holder = next((sp.start for sp in spans if sp.type == "person" and mark < sp.start < end), end)
    lead = f[mark + 1:holder]
    return 2 <= len(lead) <= _POST_LEAD and all_han(lead) and lead.endswith(POSTS)


def names_in_post_rows(f: str, words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span]) -> list[Span]:
    """The names of `f` printed after a post and before a row's mark whose next item is led by a post, that no
    person span covers; `words` are the sentence's (start, end, word, tag)."""
    out = []
    for mark, c in enumerate(f):
        if c not in _ROW_MARKS or not _next_item_led_by_post(f, mark, spans):
            continue
        for n in _LENGTHS:
            start = mark - n
            name = f[start:mark]
            if start < 2 or not all_han(name) or not f[:start].endswith(POSTS) or name.endswith(POSTS) \
                    or f[start - 1] in _ITEM_BREAKS:
                continue
            if any(sp.type == "person" and sp.start < mark and start < sp.end for sp in spans):
                break  # a name is read there already
            # the words starting inside the name are nouns (a single character may be of any tag: 草, 晴)
            # and no one word of jieba's is the whole name: "部长讲话/n,副部长…" names no one
            inside = [(w, t) for a, _b, w, t in words if start <= a < mark]
            if inside and all(t[:1] == "n" or len(w) == 1 for w, t in inside) \
                    and not any(a == start and b == mark for a, b, _w, _t in words):
                out.append(Span(start, mark, "person", "pos:nr"))
                break
    return out
