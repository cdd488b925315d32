"""敦 (Tun), the highest of the Malaysian honorifics, printed before the name as 丹斯里 and 拿督 are: "该堂大厦1978年由
已故敦林|苍|祐主持奠基仪式" (光明日报, Penang). jieba glues it to the surname into a word it makes up (敦林/ns) and
cuts the given name into single characters, so no person is read and the chair goes unanswered. A made-up word of
two characters (one the dictionary does not hold: not 敦煌, 敦促, 敦化; 伦敦 and 开普敦 are one word with it inside)
that is 敦 and a surname, then one or two single characters, then a verb (or another word a name ends before): the
name is the surname and those characters, the honorific left out. 敦 alone is never read as an honorific."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import SURNAMES
from .honorific_glued import single_characters
from .spans import Freq, Span

_TUN = "敦"


def tun_names(words: Sequence[tuple[int, int, str, str]], freq: Freq, ends: Callable[[int], bool]) -> list[Span]:
    """The names after 敦 glued to their surname (see the module); `ends(j)`: a name may end before words[j]."""
    out = []
    for k, (a, b, w, _flag) in enumerate(words):
        if len(w) != 2 or w[0] != _TUN or w[1] not in SURNAMES or freq(w) > 0:
            continue
        end, j = single_characters(words, k + 1, a + 1, b, lambda j: words[j][3].startswith(("v", "p", "u", "c")))
        if end - (a + 1) >= 2 and j < len(words) and words[j][3].startswith("v") and ends(j):
            out.append(Span(a + 1, end, "person", "pos:nr"))
    return out
