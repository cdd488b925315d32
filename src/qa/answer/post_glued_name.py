"""A name whose surname jieba glued to the post's last character and whose given name it read as a noun the
dictionary does not hold: "纽约市|长白/ns|思豪/n|(Bill de Blasio)". 长白 is a word of the dictionary (a mountain,
a county), so the post 市长 loses its 长 to it and the given name 思豪 is left a made-up noun; no name was read and
the holder asked (纽约市长) was declined. names._surname_glued_to_post reads the glued word's second character as a
surname when single characters or a proper noun finish the name (县委办主|任何|翔|凤, 外|长沙|伦赛); this reads a
noun of two Chinese characters that jieba's dictionary does not hold (a word its unknown-word model made up, as it
does for given names) as the given name too, where a name may end after it. Not a word of the dictionary (市长|白天
is never cut so, and 长白|山区 ends inside a word of its own)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import all_han
from .spans import Freq


def made_up_given(words: Sequence[tuple[int, int, str, str]], j: int, freq: Freq) -> bool:
    """words[j] is a noun of two Chinese characters the dictionary does not hold: a given name jieba made up."""
    _a, _b, w, flag = words[j]
    return len(w) == 2 and flag == "n" and all_han(w) and freq(w) == 0
