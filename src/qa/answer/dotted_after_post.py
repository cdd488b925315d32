"""A transliterated name written with a middle dot right after a post ("市长吾拉木江·热依木、", "参议长维森特·索托担任
大会主讲人", "副市长沙比尔·麦合木|提及地"): a person, its first part starting where the post ends.

jieba knows neither part of such a name (吾|拉木江|·|热|依木; a Uyghur, Tibetan or Filipino name) and may read the
post's last character into its first part (长沙|比尔), so no nr word marks it and names.py's dotted-name merge, which
starts from one, reads nothing. The post before it says a person follows; the name's last part ends where a name may
(punctuation, a verb or a function word: names.name_ends, passed in as `ends`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import FUNCTION_CHARS, POSTS, all_han
from .spans import Span

_DOTS = "·•‧・"  # names.NAME_DOTS
_FIRST = (2, 6)  # characters of the first part (索托's 维森特, 吾拉木江)
_LAST = 5  # most characters of the last part (热依木, 阿克拉木)


def dotted_names_after_posts(f: str, words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span],
                             ends: Callable[[int], bool]) -> list[Span]:
    """The dotted names of `f` printed right after a post that no person span covers from its start; `words` are
    the sentence's (start, end, word, tag), `ends(j)` whether a name may end before words[j]."""
    out = []
    for d, c in enumerate(f):
        if c not in _DOTS:
            continue
        # (not from a copula or a function word: "现任总教练是|奈特·麦克米兰" is read by names.py from 奈特/nr)
        start = next((k for k in range(max(0, d - _FIRST[1]), d - _FIRST[0] + 1)
                      if f[:k].endswith(POSTS) and all_han(f[k:d]) and f[k] not in FUNCTION_CHARS), None)
        # (a name read from jieba's nr word inside it, "吾|拉木江/nr|·|热", is read whole here)
        if start is None or any(sp.type == "person" and sp.start <= start and d < sp.end for sp in spans):
            continue
        end = next((b for j, (a, b, _w, _t) in enumerate(words)
                    if a > d and b - d - 1 <= _LAST and all_han(f[d + 1:b]) and ends(j + 1)), None)
        if end is not None:
            out.append(Span(start, end, "person", "pos:nr"))
    return out
