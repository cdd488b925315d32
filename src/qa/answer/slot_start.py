"""A slot's start moved past the last character of a word whose other characters its left anchor matched
("被改组|成广东省政府委员会" → 广东省政府委员会, "控制|权以补偿…", "为|何当时鳄鱼一类"): the character belongs to the
anchor's word, not to the answer."""

from __future__ import annotations

from collections.abc import Sequence

from ..tokenize import main_word_freq
from .names import COMMON_WORD
from .spans import Freq, offsets, trim


def past_cut_word(pos: Sequence[tuple[str, str]], start: int, end: int, freq: Freq = main_word_freq) -> int:
    """`start` moved to the end of the word it cuts one character before that word's end (and over a light word
    after it: "最大|型的战时研发商" → 战时研发商), when the word is a common one and something of the slot is left
    after it; else `start` (a word cut further from its end, "细胞|分裂", may be the answer; a rare one may be
    jieba's mis-cut, "督|建新|皇城")."""
    folded = "".join(w for w, _ in pos)
    for a, b, word, _flag in offsets(pos):
        if a < start < b:
            if b - start == 1 and b < end and freq(word) >= COMMON_WORD:
                moved = trim(folded, b, end)[0]
                return moved if moved < end else start
            return start
        if a >= start:
            break
    return start
